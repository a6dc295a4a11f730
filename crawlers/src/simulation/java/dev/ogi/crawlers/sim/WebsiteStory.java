package dev.ogi.crawlers.sim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a simulated site does as "the first platform" of OGI after the 2007 campaign: whether its
 * homepage and notice column keep getting new items, how it takes requests (依申请公开), whether
 * the application form it links is there, and when its annual report on 2008 appears (due
 * 2009-03-31) with which parts. {@link #KEPT_UP} is a site that does everything right.
 *
 * @param newsUntil          the last day a new item appears (null: every few days, to the end)
 * @param emptyColumns       the notice column (通知公告) lists nothing, only 暂无信息
 * @param apply              how the 依申请公开 page takes requests
 * @param brokenApplicationForm the 申请表 the page links answers 404
 * @param reportOn           the day the 2008 annual report is published (null: never)
 * @param reportPartsMissing the report lacks its fees and appeals parts (收费及减免, 复议和诉讼)
 */
public record WebsiteStory(LocalDate newsUntil, boolean emptyColumns, Apply apply, boolean brokenApplicationForm,
        LocalDate reportOn, boolean reportPartsMissing) {

    /** What the 依申请公开 page offers. */
    public enum Apply {
        /** An online application form (申请人, 所需信息的内容描述, ...). */
        FORM,
        /** The 申请表 to download, with the address to send it to. */
        DOWNLOAD,
        /** Only a sentence that requests are accepted: not a channel. */
        NONE
    }

    public static final WebsiteStory KEPT_UP =
            new WebsiteStory(null, false, Apply.DOWNLOAD, false, LocalDate.of(2009, 3, 20), false);

    public WebsiteStory {
        Objects.requireNonNull(apply);
    }

    public WebsiteStory staleFrom(LocalDate lastItem) {
        return new WebsiteStory(lastItem, emptyColumns, apply, brokenApplicationForm, reportOn, reportPartsMissing);
    }

    public WebsiteStory withEmptyColumns() {
        return new WebsiteStory(newsUntil, true, apply, brokenApplicationForm, reportOn, reportPartsMissing);
    }

    public WebsiteStory applying(Apply how, boolean formBroken) {
        return new WebsiteStory(newsUntil, emptyColumns, how, formBroken, reportOn, reportPartsMissing);
    }

    public WebsiteStory report(LocalDate on, boolean partsMissing) {
        return new WebsiteStory(newsUntil, emptyColumns, apply, brokenApplicationForm, on, partsMissing);
    }

    /** The day of the newest item the homepage lists on {@code date}. */
    public LocalDate newestItem(LocalDate date) {
        LocalDate usual = date.minusDays(1);
        return newsUntil != null && newsUntil.isBefore(usual) ? newsUntil : usual;
    }

    public boolean reportPublished(LocalDate date) {
        return reportOn != null && !date.isBefore(reportOn);
    }
}
