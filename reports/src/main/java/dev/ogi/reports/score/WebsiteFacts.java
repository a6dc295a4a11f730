package dev.ogi.reports.score;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The website-as-first-platform facts of one unit as of the day scored: the latest crawled
 * website facts (RESULT.json {@code website} member) and the availability monitor's rolling
 * 7-day result. Absent parts were never measured.
 *
 * @param checked whether a crawl read the website facts at all (a unit not yet checked is not judged
 *                stale: no 单项否决 before the first look)
 */
public record WebsiteFacts(
        boolean checked,
        Optional<LocalDate> latestUpdate,
        Optional<String> latestUpdateUrl,
        int linksChecked,
        int linksBroken,
        Optional<String> firstBrokenLink,
        boolean applyOnline,
        Optional<String> applyOnlineUrl,
        Optional<AnnualReport> annualReport,
        Optional<Double> availability7d) {

    /** The newest annual report found: its URL, the year it reports on, when it was published, parts missing. */
    public record AnnualReport(String url, Optional<Integer> year, Optional<LocalDate> publishedOn, int partsMissing) {
    }

    public WebsiteFacts {
        latestUpdate = latestUpdate == null ? Optional.empty() : latestUpdate;
        latestUpdateUrl = latestUpdateUrl == null ? Optional.empty() : latestUpdateUrl;
        firstBrokenLink = firstBrokenLink == null ? Optional.empty() : firstBrokenLink;
        applyOnlineUrl = applyOnlineUrl == null ? Optional.empty() : applyOnlineUrl;
        annualReport = annualReport == null ? Optional.empty() : annualReport;
        availability7d = availability7d == null ? Optional.empty() : availability7d;
    }

    /** The same facts with the monitor's 7-day share. */
    public WebsiteFacts withAvailability(Optional<Double> share) {
        return new WebsiteFacts(checked, latestUpdate, latestUpdateUrl, linksChecked, linksBroken, firstBrokenLink, applyOnline,
                applyOnlineUrl, annualReport, share);
    }

    /** Nothing measured yet. */
    public static WebsiteFacts none() {
        return new WebsiteFacts(false, Optional.empty(), Optional.empty(), 0, 0, Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
