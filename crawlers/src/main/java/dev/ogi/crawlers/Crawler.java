package dev.ogi.crawlers;

import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;

import java.util.List;

/**
 * Crawls units' websites and judges their OGI guide and catalogue. One instance may serve many
 * rounds; it holds the HTTP client and the per-host politeness state shared across sites.
 */
public final class Crawler implements AutoCloseable {

    private final CrawlerSettings settings;

    public Crawler(CrawlerSettings settings) {
        this.settings = settings;
    }

    public CrawlerSettings settings() {
        return settings;
    }

    /** Crawls one site; never throws for a site problem, it is reported in the result's error. */
    public SiteResult crawlSite(SiteTarget target) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Crawls every site, {@link CrawlerSettings#parallelSites()} at once; results in input order.
     * A failure on one site becomes that site's error and never stops the round.
     */
    public List<SiteResult> crawlAll(List<SiteTarget> targets, CrawlListener listener) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
