package dev.ogi.crawlers.site;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.fetch.Fetcher;
import dev.ogi.crawlers.fetch.Hashes;
import dev.ogi.crawlers.fetch.HostGate;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.Link;
import dev.ogi.crawlers.judge.LinkScorer;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.judge.Texts;
import dev.ogi.crawlers.model.Evidence;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.model.WebsiteFinding;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One crawl of one unit's site: best-first exploration from the homepage within the site's
 * scope, judging every page fetched, keeping the best guide and catalogue with evidence.
 * Orchestrates the frontier, the page loader, the judging and the findings; not thread-safe,
 * one instance per site per round.
 */
public final class SiteCrawl {

    /** The registered OGI entry page ranks with the homepage's best OGI link. */
    private static final int OGI_ENTRY_SCORE = 100;
    /** Content dates are the sites' own, in China's time. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final SiteTarget target;
    private final CrawlerSettings settings;
    private final Clock clock;
    private final Instant startedAt;
    private final CpuTurns.Turn turn;
    private final SiteFetcher fetcher;
    private final Frontier frontier = new Frontier();
    private final Findings findings = new Findings();
    private final List<String> problems = new ArrayList<>();
    private final Robots robots;
    private SiteScope scope;
    private PageLoader loader;
    private PageJudging judging;
    private WebsiteChecks website;
    private WebsiteFinding websiteFinding = WebsiteFinding.none();
    private boolean robotsBlocked;
    private boolean ogiOnHomepage;

    /** @param turns the crawler's turns at the processor: this crawl computes only while it holds one */
    public SiteCrawl(SiteTarget target, CrawlerSettings settings, Fetcher fetcher, HostGate gate, CpuTurns turns,
                     CrawlListener listener, Clock clock) {
        this.target = target;
        this.settings = settings;
        this.clock = clock;
        this.turn = turns.turn();
        this.fetcher = new SiteFetcher(target, fetcher, gate, turn, listener, settings.pageBudget(), settings.readTimeout(),
                settings.siteTimeout());
        this.robots = new Robots(this.fetcher, settings.userAgent());
        this.startedAt = clock.instant();
    }

    public SiteResult run() throws InterruptedException {
        turn.take();
        try {
            return crawl();
        } finally {
            turn.give();
        }
    }

    private SiteResult crawl() throws InterruptedException {
        Optional<URI> home = Urls.parse(Urls.withDefaultScheme(target.homepage()));
        if (home.isEmpty()) {
            return result(false, "首页地址无效：“" + target.homepage() + "”（应为 http:// 或 https:// 开头的网址）");
        }
        scope = SiteScope.startingAt(home.get(), settings.ogiPlatformHosts());
        Optional<URI> ogiEntry = target.ogiUrl().flatMap(u -> Urls.parse(Urls.withDefaultScheme(u)));
        ogiEntry.ifPresent(scope::addOgiEntry);
        loader = new PageLoader(fetcher, robots, scope, frontier, settings.maxRedirects());
        SoftNotFoundProbe softNotFound = new SoftNotFoundProbe(fetcher);
        judging = new PageJudging(target.name(), scope, softNotFound, new CataloguePager(loader, frontier), findings);
        website = new WebsiteChecks(target.name(), LocalDate.ofInstant(startedAt, CHINA), scope, loader, softNotFound);

        // The homepage decides reachability.
        Loaded first;
        try {
            first = loader.load(home.get(), 0, true, Intent.OTHER);
        } catch (FetchFailure f) {
            if (f.kind() == FetchFailure.Kind.ROBOTS) {
                robotsBlocked = true;
                return result(true, null);
            }
            return result(false, "首页无法访问：" + f.getMessage());
        }
        if (!first.usable()) {
            return result(false, "首页无法访问：" + first.problem());
        }
        follow(first.page(), 0, Intent.OTHER, "首页", 0, true);
        first = null; // the homepage's document is not kept while the rest of the site is crawled
        // The unit's own section of a platform, as the registry names it: explored like an OGI column.
        ogiEntry.ifPresent(u -> frontier.offer(u, 1, OGI_ENTRY_SCORE, Intent.OGI, "本单位信息公开入口（登记）", 0, false));
        explore();
        if (settings.websiteChecks() && !fetcher.timedOut() && !fetcher.expired()) {
            fetcher.grant(WebsiteChecks.REQUESTS);
            websiteFinding = website.run(Optional.ofNullable(findings.guideFinding().url()),
                    Optional.ofNullable(findings.catalogueFinding().url()));
        }
        String error = null;
        if (fetcher.timedOut()) {
            error = "站点检查超时（" + SiteFetcher.seconds(settings.siteTimeout()) + "），已请求" + fetcher.requests()
                    + "次，结果可能不完整";
        } else if (!findings.bothFound() && !problems.isEmpty()) {
            error = "部分页面无法读取：" + problems.get(0) + (problems.size() > 1 ? "（等" + problems.size() + "处）" : "");
        }
        return result(true, error);
    }

    private void explore() throws InterruptedException {
        while (!frontier.isEmpty()) {
            if (fetcher.expired()) {
                fetcher.markTimedOut();
                return;
            }
            if (!fetcher.budgetLeft()) {
                fetcher.markBudgetSpent();
                return;
            }
            Optional<Frontier.Candidate> polled = frontier.next(findings.bothFound());
            if (polled.isEmpty()) {
                return;
            }
            visit(polled.get());
        }
    }

    /** One address: its page lives only as long as this call, not while the next one is fetched. */
    private void visit(Frontier.Candidate next) throws InterruptedException {
        Loaded loaded;
        try {
            loaded = loader.load(next.url(), next.hops(), next.homeChain(), next.intent());
        } catch (FetchFailure f) {
            onFailure(next, f);
            return;
        }
        if (!loaded.usable()) {
            onUnusable(next, loaded);
            return;
        }
        follow(loaded.page(), next.depth(), next.intent(), next.anchor(), next.hops(), next.homeChain());
    }

    /** Queues the page's redirect, frames and promising links, and judges the page. */
    private void follow(ParsedPage page, int depth, Intent reachedAs, String anchor, int hops, boolean homeChain)
            throws InterruptedException {
        if (homeChain) {
            scope.addOwnHost(page.url().getHost());
        }
        if (page.redirect().isPresent()) {
            Link r = page.redirect().get();
            if (hops + 1 > settings.maxRedirects()) {
                problems.add("重定向次数超过" + settings.maxRedirects() + "次 " + page.url());
            } else if (frontier.wasRequested(r.url())) {
                if (homeChain && page.links().isEmpty() && page.frames().isEmpty()) {
                    problems.add("重定向循环：" + page.url() + " → " + r.url());
                }
            } else if (scope.contains(r.url()) || homeChain) {
                if (homeChain) {
                    scope.addOwnHost(r.url().getHost());
                }
                frontier.offer(r.url(), depth, 1000, reachedAs, anchor, hops + 1, homeChain);
            }
        }
        for (Link f : page.frames()) {
            if (scope.contains(f.url())) {
                frontier.offer(f.url(), depth, 900, reachedAs, anchor, hops, homeChain);
            }
        }
        judging.judge(page, reachedAs);
        if (settings.websiteChecks()) {
            website.read(page, reachedAs, homeChain);
        }
        if (depth + 1 > settings.maxDepth()) {
            return;
        }
        int linkCount = page.links().size();
        for (Link link : page.links()) {
            if (!scope.contains(link.url())) {
                continue;
            }
            LinkScorer.Score s = LinkScorer.score(link, reachedAs, linkCount);
            if (homeChain && s.intent() != Intent.OTHER && s.value() >= 50) {
                ogiOnHomepage = true;
            }
            if (s.value() > 0) {
                String label = link.text().isBlank() ? anchor : Texts.excerpt(link.text().strip(), 0, 40);
                frontier.offer(link.url(), depth + 1, s.value(), s.intent(), label, 0, false);
            }
        }
    }

    private void onFailure(Frontier.Candidate c, FetchFailure f) {
        website.failed(c.url(), f);
        if (f.kind() == FetchFailure.Kind.ROBOTS || f.kind() == FetchFailure.Kind.BUDGET
                || f.kind() == FetchFailure.Kind.SITE_TIMEOUT) {
            return;
        }
        if (c.intent() == Intent.OTHER && !c.homeChain()) {
            return;
        }
        String what = "链接“" + c.anchor() + "”" + (f.kind() == FetchFailure.Kind.HTTP_STATUS ? "返回 " : "无法访问：")
                + f.getMessage();
        if (f.kind() != FetchFailure.Kind.HTTP_STATUS || f.status() >= 500) {
            problems.add(what);
        }
        note(c.intent(), new Evidence(c.url().toString(), f.status(), clock.instant(), null, null, null, what));
    }

    private void onUnusable(Frontier.Candidate c, Loaded loaded) {
        if (c.intent() == Intent.OTHER && !c.homeChain()) {
            return;
        }
        String what = "链接“" + c.anchor() + "”无法读取：" + loaded.problem();
        if (!loaded.problem().startsWith("链接重定向到站外")) {
            problems.add(what);
        }
        note(c.intent(), new Evidence(loaded.finalUrl().toString(), loaded.response().status(),
                loaded.response().fetchedAt(), Hashes.sha256Hex(loaded.response().body()), null, null, what));
    }

    /** A promising link that led nowhere is the evidence of why the guide or catalogue is missing. */
    private void note(Intent intent, Evidence e) {
        if (intent == Intent.GUIDE) {
            findings.noteGuide(e, 1);
        } else if (intent == Intent.CATALOGUE) {
            findings.noteCatalogue(e);
        }
    }

    private SiteResult result(boolean reachable, String error) {
        boolean blocked = robotsBlocked || (loader != null && loader.robotsBlocked());
        return new SiteResult(target.code(), target.homepage(), reachable, error, blocked, fetcher.requests(),
                ogiOnHomepage, startedAt, clock.instant(), findings.guideFinding(), findings.catalogueFinding(), websiteFinding);
    }
}
