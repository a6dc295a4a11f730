package dev.ogi.server.crawls;

import java.util.Arrays;
import java.util.List;

/**
 * A unit's crawl history as the API shows it: every check, newest first, with its findings and
 * evidence, and the first days its guide and catalogue were seen.
 */
public record UnitChecks(String unitCode, String guideFirstSeen, String catalogueFirstSeen, List<Check> checks) {

    public record Guide(boolean found, String url, boolean underConstruction, List<String> elements) {
    }

    public record Catalogue(boolean found, String url, boolean underConstruction, Integer entries, List<String> fields) {
    }

    /** The newest content item: its date, address and headline. */
    public record Dated(String date, String url, String title) {
    }

    public record BrokenLink(String url, int status, String on, String answer) {
    }

    public record BrokenLinks(int checked, List<BrokenLink> broken) {
    }

    public record Found(boolean found, String url) {
    }

    public record AnnualReport(boolean found, String url, Integer year, String publishedOn, List<String> parts) {
    }

    /** A homepage column: type NEWS, NOTICE, POLICY or OGI; state CURRENT, STALE, EMPTY or UNREAD. */
    public record Column(String type, String name, String url, int items, String latestDate, String latestUrl,
            String state) {
    }

    /**
     * The website facts of a check (the members of check's RESULT.json, with the evidence behind
     * them: what each broken link answered, the annual report's parts, the columns read).
     */
    public record Website(Dated latestUpdate, BrokenLinks brokenLinks, Found applyOnline, AnnualReport annualReport,
            List<Column> columns) {

        static Website of(WebsiteCheck w, List<WebsiteCheck.ColumnRow> columns, List<WebsiteCheck.BrokenLinkRow> broken) {
            return new Website(
                    w.latestUpdateDate() == null ? null : new Dated(w.latestUpdateDate(), w.latestUpdateUrl(), w.latestUpdateTitle()),
                    new BrokenLinks(w.linksChecked(), broken.stream()
                            .map(b -> new BrokenLink(b.url(), b.status(), b.onPage(), b.answer())).toList()),
                    new Found(w.applyFound(), w.applyUrl()),
                    new AnnualReport(w.reportFound(), w.reportUrl(), w.reportYear(), w.reportPublishedOn(), split(w.reportParts())),
                    columns.stream().map(c -> new Column(c.type(), c.name(), c.url(), c.items(), c.latestDate(), c.latestUrl(),
                            c.state())).toList());
        }
    }

    /** @param website the website facts, null for a check that has none (stored before they were read) */
    public record Check(long id, long roundId, String asOf, String startedAt, String finishedAt, String homepage,
            boolean reachable, String error, boolean robotsBlocked, int pagesFetched, boolean ogiColumn,
            int consecutiveFailures, boolean carriedOver, Guide guide, Catalogue catalogue, List<EvidenceRow> evidence,
            Website website) {

        static Check of(SiteCheck c, List<EvidenceRow> evidence, Website website) {
            return new Check(c.id(), c.roundId(), c.asOf(), c.startedAt(), c.finishedAt(), c.homepage(), c.reachable(), c.error(),
                    c.robotsBlocked(), c.pagesFetched(), c.ogiColumn(), c.consecutiveFailures(), c.carriedOver(),
                    new Guide(c.guideFound(), c.guideUrl(), c.guideUnderConstruction(), split(c.guideElements())),
                    new Catalogue(c.catalogueFound(), c.catalogueUrl(), c.catalogueUnderConstruction(), c.catalogueEntries(),
                            split(c.catalogueFields())),
                    evidence, website);
        }
    }

    static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(String::strip).toList();
    }
}
