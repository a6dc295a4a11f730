package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.Bodies;
import dev.ogi.crawlers.fetch.Charsets;
import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.judge.PageParser;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.judge.SoftNotFound;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tells a soft 404 (a "not found" page answered with 200) from a real page: by its wording, or by
 * comparing with what the server answers for a random missing address, probed once per scheme and
 * host and only when a page is about to count.
 */
final class SoftNotFoundProbe {

    private final SiteFetcher fetcher;
    private final Map<String, Optional<SoftNotFound>> probes = new HashMap<>();

    SoftNotFoundProbe(SiteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    boolean isSoftNotFound(ParsedPage page) throws InterruptedException {
        if (SoftNotFound.saysNotFound(page.compact(), page.contentLength())) {
            return true;
        }
        String key = page.url().getScheme() + "://" + Urls.hostKey(page.url());
        Optional<SoftNotFound> probe = probes.get(key);
        if (probe == null) {
            probe = probe(key);
            probes.put(key, probe);
        }
        return probe.isPresent() && probe.get().matches(page.compact());
    }

    private Optional<SoftNotFound> probe(String schemeAndHost) throws InterruptedException {
        URI probeUrl = URI.create(schemeAndHost + "/ogi-probe-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".htm");
        try {
            FetchResponse r = fetcher.fetch(probeUrl);
            if (r.status() == 200 && Bodies.sniff(r.body()) == Bodies.Sniffed.HTML_OR_TEXT) {
                Charsets.Decoded d = Charsets.decode(r.body(), r.contentType().orElse(null));
                ParsedPage p = PageParser.parse(d.text(), probeUrl, 200, r.fetchedAt(), "");
                return Optional.of(SoftNotFound.of(p.compact()));
            }
        } catch (FetchFailure ignored) {
            // No probe answer: nothing to compare with.
        }
        return Optional.empty();
    }
}
