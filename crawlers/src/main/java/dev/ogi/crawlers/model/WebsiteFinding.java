package dev.ogi.crawlers.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "website as the first platform" facts of one crawl: how fresh the site is, which links on
 * its OGI pages are broken, whether it takes OGI requests online, and its newest annual report.
 *
 * @param latestUpdate the newest dated content item (news, notice, policy) the homepage or its
 *                     columns link to; empty when none carries a date
 * @param columns      the news, notice, policy and OGI columns the homepage links to, each judged
 * @param linksChecked how many distinct links on the OGI pages were checked
 * @param broken       the links among them that are broken, with what they answered
 * @param applyOnline  the online request channel (依申请公开)
 * @param annualReport the newest 政府信息公开工作年度报告 found
 */
public record WebsiteFinding(
        Optional<DatedLink> latestUpdate,
        List<Column> columns,
        int linksChecked,
        List<BrokenLink> broken,
        ApplyChannel applyOnline,
        AnnualReport annualReport) {

    /** A homepage with no new item for this many days is the veto item 首页不更新. */
    public static final int HOMEPAGE_STALE_DAYS = 14;

    public WebsiteFinding {
        columns = List.copyOf(columns);
        broken = List.copyOf(broken);
    }

    /** Nothing looked at (the site was not reached, or no time was left). */
    public static WebsiteFinding none() {
        return new WebsiteFinding(Optional.empty(), List.of(), 0, List.of(), ApplyChannel.missing(),
                AnnualReport.missing());
    }

    /** Whether the homepage counts as not updated (首页不更新) on {@code day}: no item, or none within 14 days. */
    public boolean homepageStale(LocalDate day) {
        return latestUpdate.isEmpty()
                || ChronoUnit.DAYS.between(latestUpdate.get().date(), day) > HOMEPAGE_STALE_DAYS;
    }

    /** A dated content item: its date and the address it links to. */
    public record DatedLink(LocalDate date, String url, String title) {
    }

    /** What kind of column, and how old its newest item may be before it counts as stale. */
    public enum ColumnType {
        NEWS("新闻动态", 14), NOTICE("通知公告", 183), POLICY("政策文件", 183), OGI("信息公开", 183);

        private final String label;
        private final int staleAfterDays;

        ColumnType(String label, int staleAfterDays) { this.label = label; this.staleAfterDays = staleAfterDays; }

        public String label() { return label; }

        public int staleAfterDays() { return staleAfterDays; }
    }

    /** How a column stood on the crawl's day. */
    public enum ColumnState { CURRENT, STALE, EMPTY, UNREAD }

    /**
     * One column the homepage links to.
     *
     * @param name   the link's text (栏目名称)
     * @param items  dated items seen on it
     * @param latest its newest dated item
     */
    public record Column(ColumnType type, String name, String url, int items, Optional<DatedLink> latest,
                         ColumnState state) {
    }

    /**
     * A link that does not lead to a working page.
     *
     * @param status the HTTP status, 0 for no answer, 200 for a page that says it is not there (soft 404)
     * @param on     the page the link was on
     * @param answer what it answered, in words
     */
    public record BrokenLink(String url, int status, String on, String answer) {
    }

    /** The online request channel: a form, or the 申请表 offered with where to send it. */
    public record ApplyChannel(boolean found, String url, Optional<Evidence> evidence) {
        public static ApplyChannel missing() {
            return new ApplyChannel(false, null, Optional.empty());
        }
    }

    /** The parts an annual report must have (Art. 31 of the 2007 Regulations). */
    public enum ReportPart {
        proactive("主动公开"), onRequest("依申请公开"), fees("收费及减免"), appeals("复议和诉讼"),
        improvements("问题和改进");

        private final String label;

        ReportPart(String label) { this.label = label; }

        public String label() { return label; }
    }

    /**
     * The newest annual report found.
     *
     * @param year        the year it reports on
     * @param publishedOn when it was published (the list's or the page's date), when known
     * @param parts       the required parts it has
     */
    public record AnnualReport(boolean found, String url, Integer year, Optional<LocalDate> publishedOn,
                               Set<ReportPart> parts, Optional<Evidence> evidence) {
        public AnnualReport {
            parts = Set.copyOf(parts);
        }

        public static AnnualReport missing() {
            return new AnnualReport(false, null, null, Optional.empty(), Set.of(), Optional.empty());
        }
    }
}
