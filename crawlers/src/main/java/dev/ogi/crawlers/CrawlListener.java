package dev.ogi.crawlers;

import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;

/**
 * Progress of a crawl round, for progress bars and live status. Called from crawler threads,
 * concurrently for different sites; implementations must be thread-safe and quick.
 */
public interface CrawlListener {

    CrawlListener NONE = new CrawlListener() { };

    default void siteStarted(SiteTarget target) {
    }

    /** One request answered (status 0 when no HTTP answer came: timeout, refused ...). */
    default void pageFetched(SiteTarget target, String url, int status) {
    }

    default void siteFinished(SiteResult result) {
    }
}
