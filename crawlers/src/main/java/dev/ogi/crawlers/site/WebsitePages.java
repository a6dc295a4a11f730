package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.judge.AnnualReportJudge;
import dev.ogi.crawlers.judge.ApplyChannelJudge;
import dev.ogi.crawlers.judge.ContentDates;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.Link;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.judge.SoftNotFound;
import dev.ogi.crawlers.model.Evidence;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.ogi.crawlers.site.Findings.evidence;

/**
 * What the website checks need to remember of the pages one crawl read, without keeping the
 * pages: their links, the dated items of the homepage and OGI pages, and the verdicts of the
 * request-channel and annual-report judges; and the addresses that failed, with what they answered.
 */
final class WebsitePages {

    /**
     * One page read.
     *
     * @param items   its links with the dates beside them (homepage, OGI and column pages only)
     * @param content its own text (outside links), shortened, for 暂无信息 and 建设中
     * @param saysNotFound its wording says the page is not there (a soft 404)
     * @param apply   the request channel found on it, if it is one
     * @param report  the annual report it is, if it is one
     */
    record Seen(URI url, Intent intent, boolean home, List<Link> links, List<ContentDates.Item> items, String content,
                Optional<LocalDate> articleDate, boolean saysNotFound, Optional<Evidence> apply,
                Optional<Report> report) {
    }

    /** A page judged an annual report. */
    record Report(AnnualReportJudge.Verdict verdict, Optional<LocalDate> pageDate, Evidence evidence) {
    }

    /** An address that gave no page: its status (0 for none) and the failure in words. */
    record Failed(int status, String answer) {
    }

    private final String unitName;
    private final LocalDate today;
    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private final Map<String, Failed> failed = new LinkedHashMap<>();

    WebsitePages(String unitName, LocalDate today) {
        this.unitName = unitName;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    /** Remembers a page read; {@code withItems} for the pages whose items count for freshness. */
    Seen record(ParsedPage page, Intent reachedAs, boolean home, boolean withItems) {
        List<ContentDates.Item> items = withItems || home || reachedAs == Intent.OGI
                ? ContentDates.items(page, today) : List.of();
        Optional<Evidence> apply = Optional.empty();
        ApplyChannelJudge.Verdict a = ApplyChannelJudge.judge(page);
        if (a.found()) {
            apply = Optional.of(evidence(page, a.reason(), 0));
        }
        Optional<Report> report = Optional.empty();
        Optional<LocalDate> articleDate = ContentDates.articleDate(page, today);
        AnnualReportJudge.Verdict r = AnnualReportJudge.judge(page, unitName, today);
        if (r.report()) {
            report = Optional.of(new Report(r, articleDate, evidence(page, r.reason(), 0)));
        }
        String content = page.content().length() > 2000 ? page.content().substring(0, 2000) : page.content();
        Seen s = new Seen(page.url(), reachedAs, home, List.copyOf(page.links()), items, content, articleDate,
                SoftNotFound.saysNotFound(page.compact(), page.contentLength()), apply, report);
        seen.put(page.url().toString(), s);
        return s;
    }

    void failed(URI url, FetchFailure f) {
        if (f.kind() == FetchFailure.Kind.ROBOTS || f.kind() == FetchFailure.Kind.BUDGET
                || f.kind() == FetchFailure.Kind.SITE_TIMEOUT || f.kind() == FetchFailure.Kind.FORBIDDEN_ADDRESS
                || f.kind() == FetchFailure.Kind.UNSUPPORTED_SCHEME) {
            return;
        }
        failed.put(url.toString(), new Failed(f.kind() == FetchFailure.Kind.HTTP_STATUS ? f.status() : 0, f.getMessage()));
    }

    Optional<Seen> page(URI url) {
        return Optional.ofNullable(seen.get(url.toString()));
    }

    Optional<Failed> failure(URI url) {
        return Optional.ofNullable(failed.get(url.toString()));
    }

    List<Seen> all() {
        return new ArrayList<>(seen.values());
    }

    List<Seen> homePages() {
        return seen.values().stream().filter(Seen::home).toList();
    }

    /** The pages of the OGI section: reached as its guide, catalogue or column. */
    List<Seen> ogiPages() {
        return seen.values().stream().filter(s -> !s.home() && s.intent() != Intent.OTHER).toList();
    }
}
