package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.judge.AnnualReportJudge;
import dev.ogi.crawlers.judge.ApplyChannelJudge;
import dev.ogi.crawlers.judge.ContentDates;
import dev.ogi.crawlers.judge.FreshnessJudge;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.Link;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.judge.Texts;
import dev.ogi.crawlers.model.WebsiteFinding;
import dev.ogi.crawlers.model.WebsiteFinding.AnnualReport;
import dev.ogi.crawlers.model.WebsiteFinding.ApplyChannel;
import dev.ogi.crawlers.model.WebsiteFinding.Column;
import dev.ogi.crawlers.model.WebsiteFinding.ColumnType;
import dev.ogi.crawlers.model.WebsiteFinding.DatedLink;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "website as the first platform" facts of one crawl, read after the guide and catalogue are
 * explored: the columns' freshness, the request channel, the newest annual report, and the links
 * of the OGI pages. Pages the crawl read are not fetched again; what is fetched here comes out of a
 * small allowance of its own ({@link #REQUESTS}), through the same loader (robots, host gate,
 * redirects) and counted in the site's requests.
 */
final class WebsiteChecks {

    /** Requests one site's website checks may add to its crawl. */
    static final int REQUESTS = 30;
    private static final int COLUMN_REQUESTS = 4;
    private static final int ARTICLE_REQUESTS = 3;
    private static final int REPORT_REQUESTS = 4;
    private static final int APPLY_REQUESTS = 3;

    private final WebsitePages pages;
    private final PageLoader loader;
    private final LinkChecker links;
    private final SiteScope scope;
    /** Dates printed beside links anywhere read, by the address they link to. */
    private final Map<String, LocalDate> datesBeside = new HashMap<>();
    private int spent;

    WebsiteChecks(String unitName, LocalDate today, SiteScope scope, PageLoader loader, SoftNotFoundProbe softNotFound) {
        this.pages = new WebsitePages(unitName, today);
        this.scope = scope;
        this.loader = loader;
        this.links = new LinkChecker(loader, softNotFound, pages, scope);
    }

    /** A page the crawl read (before {@link #run}). */
    void read(ParsedPage page, Intent reachedAs, boolean homeChain) {
        pages.record(page, reachedAs, homeChain, false);
    }

    /** An address the crawl failed on (before {@link #run}). */
    void failed(URI url, FetchFailure f) {
        pages.failed(url, f);
    }

    WebsiteFinding run(Optional<String> guideUrl, Optional<String> catalogueUrl) throws InterruptedException {
        for (WebsitePages.Seen s : pages.all()) {
            s.items().forEach(i -> i.date().ifPresent(d -> datesBeside.merge(i.url().toString(), d, (a, b) -> a)));
        }
        List<Column> columns = new ArrayList<>();
        Optional<DatedLink> latest = freshness(columns);
        ApplyChannel apply = applyChannel();
        AnnualReport report = annualReport();
        List<WebsitePages.Seen> ogi = new ArrayList<>();
        for (Optional<String> u : List.of(guideUrl, catalogueUrl)) {
            u.flatMap(x -> pages.all().stream().filter(s -> s.url().toString().equals(x)).findFirst()).ifPresent(ogi::add);
        }
        pages.ogiPages().stream().filter(s -> !ogi.contains(s)).forEach(ogi::add);
        LinkChecker.Outcome checked = links.check(ogi, Math.max(0, REQUESTS - spent));
        return new WebsiteFinding(latest, columns, checked.checked(), checked.broken(), apply, report);
    }

    // ---- freshness ------------------------------------------------------------------------

    private Optional<DatedLink> freshness(List<Column> columns) throws InterruptedException {
        List<DatedLink> all = new ArrayList<>();
        List<ContentDates.Item> undated = new ArrayList<>();
        Map<ColumnType, Link> columnLinks = new EnumMap<>(ColumnType.class);
        for (WebsitePages.Seen home : pages.homePages()) {
            collect(home.items(), all, undated);
            for (Link l : home.links()) {
                if (scope.contains(l.url())) {
                    FreshnessJudge.columnType(l).ifPresent(t -> columnLinks.putIfAbsent(t, l));
                }
            }
        }
        int columnRequests = 0;
        for (Map.Entry<ColumnType, Link> e : columnLinks.entrySet()) {
            Link l = e.getValue();
            Optional<WebsitePages.Seen> page = pages.page(l.url())
                    .filter(s -> s.intent() == Intent.OGI || !s.items().isEmpty());
            if (page.isEmpty() && columnRequests < COLUMN_REQUESTS) {
                columnRequests++;
                page = fetch(l.url(), true);
            }
            String name = Texts.excerpt(Texts.compact(l.text()), 0, 20);
            if (page.isEmpty()) {
                columns.add(FreshnessJudge.unread(e.getKey(), name, l.url().toString()));
                continue;
            }
            List<DatedLink> dated = new ArrayList<>();
            List<ContentDates.Item> columnUndated = new ArrayList<>();
            collect(page.get().items(), dated, columnUndated);
            if (dated.isEmpty() && !columnUndated.isEmpty()) {
                articleDate(columnUndated.get(0)).ifPresent(dated::add);
            }
            all.addAll(dated);
            columns.add(FreshnessJudge.column(e.getKey(), name, l.url().toString(), dated, columnUndated.size(),
                    page.get().content(), pages.today()));
        }
        if (all.isEmpty()) {
            for (int i = 0; i < undated.size() && i < ARTICLE_REQUESTS - 1; i++) {
                articleDate(undated.get(i)).ifPresent(all::add);
            }
        }
        return FreshnessJudge.newest(all);
    }

    private void collect(List<ContentDates.Item> items, List<DatedLink> dated, List<ContentDates.Item> undated) {
        for (ContentDates.Item i : items) {
            if (!scope.contains(i.url()) && i.date().isEmpty()) {
                continue;
            }
            if (i.date().isPresent()) {
                dated.add(new DatedLink(i.date().get(), i.url().toString(), i.text()));
            } else if (FreshnessJudge.columnType(new Link(i.url(), i.text(), Link.Kind.ANCHOR)).isEmpty()) {
                undated.add(i);
            }
        }
    }

    /** The date only the article page gives (the list shows none). */
    private Optional<DatedLink> articleDate(ContentDates.Item item) throws InterruptedException {
        Optional<WebsitePages.Seen> page = pages.page(item.url());
        if (page.isEmpty() && scope.contains(item.url())) {
            page = fetch(item.url(), false);
        }
        return page.flatMap(WebsitePages.Seen::articleDate).map(d -> new DatedLink(d, item.url().toString(), item.text()));
    }

    // ---- the request channel --------------------------------------------------------------

    private ApplyChannel applyChannel() throws InterruptedException {
        for (WebsitePages.Seen s : pages.all()) {
            if (s.apply().isPresent()) {
                return new ApplyChannel(true, s.url().toString(), s.apply());
            }
        }
        Deque<Link> queue = new ArrayDeque<>();
        Set<String> offered = new HashSet<>();
        for (WebsitePages.Seen s : pages.all()) {
            if (s.home() || s.intent() != Intent.OTHER) {
                offerApply(s.links(), queue, offered);
            }
        }
        for (int n = 0; n < APPLY_REQUESTS && !queue.isEmpty(); ) {
            Link l = queue.poll();
            Optional<WebsitePages.Seen> page = pages.page(l.url());
            if (page.isEmpty()) {
                n++;
                page = fetch(l.url(), false);
            }
            if (page.isEmpty()) {
                continue;
            }
            if (page.get().apply().isPresent()) {
                return new ApplyChannel(true, page.get().url().toString(), page.get().apply());
            }
            offerApply(page.get().links(), queue, offered);
        }
        return ApplyChannel.missing();
    }

    private void offerApply(List<Link> from, Deque<Link> queue, Set<String> offered) {
        for (Link l : from) {
            if (ApplyChannelJudge.isCandidate(l) && scope.contains(l.url()) && offered.add(l.url().toString())) {
                queue.add(l);
            }
        }
    }

    // ---- the annual report ----------------------------------------------------------------

    private AnnualReport annualReport() throws InterruptedException {
        List<Link> candidates = new ArrayList<>();
        Set<String> offered = new HashSet<>();
        for (WebsitePages.Seen s : pages.all()) {
            if (s.home() || s.intent() != Intent.OTHER) {
                offerReports(s.links(), candidates, offered);
            }
        }
        WebsitePages.Seen best = bestReport(pages.all()).orElse(null);
        for (int n = 0; n < REPORT_REQUESTS && !candidates.isEmpty(); ) {
            Link l = candidates.remove(0);
            Optional<Integer> year = AnnualReportJudge.yearOf(l.text());
            if (best != null && (year.isEmpty() || year.get() <= best.report().get().verdict().year())) {
                break; // candidates come newest first: none left can be newer
            }
            Optional<WebsitePages.Seen> page = pages.page(l.url());
            if (page.isEmpty()) {
                n++;
                page = fetch(l.url(), true);
            }
            if (page.isEmpty()) {
                continue;
            }
            if (page.get().report().isPresent() && (best == null || newer(page.get(), best))) {
                best = page.get();
            } else if (page.get().report().isEmpty()) {
                offerReports(page.get().links(), candidates, offered); // a list of reports
                page.get().items().forEach(i -> i.date().ifPresent(d -> datesBeside.putIfAbsent(i.url().toString(), d)));
            }
        }
        if (best == null) {
            return AnnualReport.missing();
        }
        WebsitePages.Report r = best.report().get();
        Optional<LocalDate> published = Optional.ofNullable(datesBeside.get(best.url().toString())).or(r::pageDate);
        return new AnnualReport(true, best.url().toString(), r.verdict().year(), published, r.verdict().parts(),
                Optional.of(r.evidence()));
    }

    private void offerReports(List<Link> from, List<Link> candidates, Set<String> offered) {
        for (Link l : from) {
            if (AnnualReportJudge.isCandidate(l) && scope.contains(l.url()) && offered.add(l.url().toString())) {
                candidates.add(l);
            }
        }
        candidates.sort(Comparator.comparing((Link l) -> AnnualReportJudge.yearOf(l.text()).orElse(0)).reversed());
    }

    private static Optional<WebsitePages.Seen> bestReport(List<WebsitePages.Seen> seen) {
        WebsitePages.Seen best = null;
        for (WebsitePages.Seen s : seen) {
            if (s.report().isPresent() && s.report().get().verdict().year() != null && (best == null || newer(s, best))) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean newer(WebsitePages.Seen a, WebsitePages.Seen b) {
        Integer ya = a.report().get().verdict().year();
        Integer yb = b.report().get().verdict().year();
        return ya != null && (yb == null || ya > yb);
    }

    // ---- fetching -------------------------------------------------------------------------

    private Optional<WebsitePages.Seen> fetch(URI url, boolean withItems) throws InterruptedException {
        if (spent >= REQUESTS || !loader.canFetch()) {
            return Optional.empty();
        }
        spent++;
        try {
            Loaded loaded = loader.load(url, 0, false, Intent.OTHER);
            if (!loaded.usable()) {
                return Optional.empty();
            }
            return Optional.of(pages.record(loaded.page(), Intent.OTHER, false, withItems));
        } catch (FetchFailure f) {
            pages.failed(url, f);
            return Optional.empty();
        }
    }
}
