package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.judge.ParsedPage;

import java.net.URI;

/**
 * A fetched and decoded response: a parsed page, or no page and the reason it is unusable.
 *
 * @param finalUrl where the redirects ended
 */
record Loaded(FetchResponse response, URI finalUrl, ParsedPage page, String problem) {

    static Loaded page(FetchResponse response, URI url, ParsedPage page) {
        return new Loaded(response, url, page, null);
    }

    static Loaded unusable(FetchResponse response, URI url, String problem) {
        return new Loaded(response, url, null, problem);
    }

    boolean usable() {
        return page != null;
    }
}
