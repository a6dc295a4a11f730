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
    /** A host's answer to a missing address: its text's signature and its size in bytes. */
    private record Probe(SoftNotFound signature, int bytes) {
    }

    private final Map<String, Optional<Probe>> probes = new HashMap<>();

    SoftNotFoundProbe(SiteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    boolean isSoftNotFound(ParsedPage page) throws InterruptedException {
        if (SoftNotFound.saysNotFound(page.compact(), page.contentLength())) {
            return true;
        }
        return probeFor(page.url()).map(p -> p.signature().matches(page.compact())).orElse(false);
    }

    /**
     * The same question for a link check, which needs no more of the page: an attachment or other
     * non-HTML answer is never a soft 404 (its text is not read), and an HTML answer is parsed only
     * when it may say "not found" or is about the size of the host's answer to a missing address
     * (a soft 404 is that answer again, give or take the echoed address).
     */
    boolean isSoftNotFound(FetchResponse response, URI url) throws InterruptedException {
        if (!PageDecoder.isHtml(response, url)) {
            return false;
        }
        String html = Charsets.decode(response.body(), response.contentType().orElse(null)).text();
        if (!SoftNotFound.maySayNotFound(html)) {
            int bytes = response.body().length;
            Optional<Probe> probe = probeFor(url);
            if (probe.isEmpty() || bytes < probe.get().bytes() / 2 || bytes > 2L * probe.get().bytes()) {
                return false;
            }
        }
        return isSoftNotFound(PageParser.parse(html, url, response.status(), response.fetchedAt(), ""));
    }

    private Optional<Probe> probeFor(URI url) throws InterruptedException {
        String key = url.getScheme() + "://" + Urls.hostKey(url);
        Optional<Probe> probe = probes.get(key);
        if (probe == null) {
            probe = probe(key);
            probes.put(key, probe);
        }
        return probe;
    }

    private Optional<Probe> probe(String schemeAndHost) throws InterruptedException {
        URI probeUrl = URI.create(schemeAndHost + "/ogi-probe-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".htm");
        try {
            FetchResponse r = fetcher.fetch(probeUrl);
            if (r.status() == 200 && Bodies.sniff(r.body()) == Bodies.Sniffed.HTML_OR_TEXT) {
                Charsets.Decoded d = Charsets.decode(r.body(), r.contentType().orElse(null));
                ParsedPage p = PageParser.parse(d.text(), probeUrl, 200, r.fetchedAt(), "");
                return Optional.of(new Probe(SoftNotFound.of(p.compact()), r.body().length));
            }
        } catch (FetchFailure ignored) {
            // No probe answer: nothing to compare with.
        }
        return Optional.empty();
    }
}
