package dev.ogi.crawlers.model;

import java.time.Instant;

/**
 * The outcome of crawling one unit's website once.
 *
 * @param code                 the unit's code
 * @param homepage             the homepage crawled from
 * @param reachable            the homepage answered with a page
 * @param error                a clear per-unit error (what went wrong and where), or null
 * @param robotsBlocked        robots.txt kept the crawler from the OGI section
 * @param pagesFetched         how many requests this site cost
 * @param ogiColumnOnHomepage  the homepage links (directly, or through its frames) to an OGI
 *                             column, one of the "website as first platform" indicators
 * @param startedAt            when the crawl of this site began
 * @param finishedAt           when it ended
 * @param guide                the guide finding
 * @param catalogue            the catalogue finding
 * @param website              the "website as the first platform" facts (freshness, broken links,
 *                             request channel, annual report)
 */
public record SiteResult(
        String code,
        String homepage,
        boolean reachable,
        String error,
        boolean robotsBlocked,
        int pagesFetched,
        boolean ogiColumnOnHomepage,
        Instant startedAt,
        Instant finishedAt,
        GuideFinding guide,
        CatalogueFinding catalogue,
        WebsiteFinding website) {

    public SiteResult {
        website = website == null ? WebsiteFinding.none() : website;
    }

    /** A result without website facts (a site not reached, a scripted result). */
    public SiteResult(String code, String homepage, boolean reachable, String error, boolean robotsBlocked,
                      int pagesFetched, boolean ogiColumnOnHomepage, Instant startedAt, Instant finishedAt,
                      GuideFinding guide, CatalogueFinding catalogue) {
        this(code, homepage, reachable, error, robotsBlocked, pagesFetched, ogiColumnOnHomepage, startedAt,
                finishedAt, guide, catalogue, WebsiteFinding.none());
    }
}
