package dev.ogi.crawlers;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.ogi.crawlers.fetch.Bodies;
import dev.ogi.crawlers.fetch.Charsets;
import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.fetch.Fetcher;
import dev.ogi.crawlers.fetch.HostGate;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.judge.AttachmentText;
import dev.ogi.crawlers.judge.CatalogueJudge;
import dev.ogi.crawlers.judge.GuideJudge;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.Link;
import dev.ogi.crawlers.judge.LinkScorer;
import dev.ogi.crawlers.judge.Ownership;
import dev.ogi.crawlers.judge.PageParser;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.judge.SoftNotFound;
import dev.ogi.crawlers.judge.Texts;
import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.Evidence;
import dev.ogi.crawlers.model.GuideFinding;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One crawl of one unit's site: best-first exploration from the homepage within the unit's site,
 * judging every page fetched, keeping the best guide and catalogue candidates with evidence.
 * Not thread-safe; one instance per site per round.
 */
final class SiteCrawl {

    private static final int MAX_CATALOGUE_PAGES = 60;
    private static final int LOW_VALUE_FETCHES = 10;
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(10);

    private final SiteTarget target;
    private final CrawlerSettings settings;
    private final Fetcher fetcher;
    private final HostGate gate;
    private final CrawlListener listener;
    private final Clock clock;
    private final String robotName;
    private final long deadlineNanos;
    private final Instant startedAt;

    private final Set<String> scopeBases = new LinkedHashSet<>();
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Optional<SoftNotFound>> probes = new HashMap<>();
    private final Set<String> requested = new HashSet<>();
    private final Map<String, Integer> queuedScore = new HashMap<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>();
    private final List<String> problems = new ArrayList<>();
    private long sequence;
    private int requests;
    private boolean robotsBlocked;
    private boolean ogiOnHomepage;
    private boolean timedOut;
    private boolean budgetSpent;
    private int lowValueFetches;

    private GuideCandidate guide;
    private GuideCandidate guidePlaceholder;
    private Evidence guideNote;
    private int guideNoteRank;
    private CatalogueCandidate catalogue;
    private Evidence catalogueNote;

    private record Candidate(URI url, int depth, int score, Intent intent, String anchor, int hops,
                             boolean homeChain, long seq) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int a = score - 3 * depth;
            int b = o.score - 3 * o.depth;
            if (a != b) {
                return Integer.compare(b, a);
            }
            return Long.compare(seq, o.seq);
        }
    }

    private record GuideCandidate(int score, GuideFinding finding) {
    }

    private record CatalogueCandidate(int rank, CatalogueFinding finding) {
    }

    /** A fetched and decoded response: a parsed page, or nothing usable with a reason. */
    private record Loaded(FetchResponse response, URI finalUrl, ParsedPage page, String problem) {
    }

    SiteCrawl(SiteTarget target, CrawlerSettings settings, Fetcher fetcher, HostGate gate, CrawlListener listener,
              Clock clock) {
        this.target = target;
        this.settings = settings;
        this.fetcher = fetcher;
        this.gate = gate;
        this.listener = listener;
        this.clock = clock;
        this.robotName = robotToken(settings.userAgent());
        this.deadlineNanos = System.nanoTime() + settings.siteTimeout().toNanos();
        this.startedAt = clock.instant();
    }

    static String robotToken(String userAgent) {
        String token = userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
        return token.isBlank() ? "ogi-readiness-crawler" : token;
    }

    SiteResult run() throws InterruptedException {
        String homepageText = target.homepage() == null ? "" : target.homepage().strip();
        if (!homepageText.isEmpty() && !homepageText.contains("://")) {
            homepageText = "http://" + homepageText;
        }
        Optional<URI> home = Urls.parse(homepageText);
        if (home.isEmpty()) {
            return result(false, "首页地址无效：“" + target.homepage() + "”（应为 http:// 或 https:// 开头的网址）");
        }
        addScope(home.get().getHost());

        // The homepage decides reachability.
        Loaded first;
        try {
            first = load(home.get(), 0, true, Intent.OTHER, "首页");
        } catch (FetchFailure f) {
            if (f.kind() == FetchFailure.Kind.ROBOTS) {
                robotsBlocked = true;
                return result(true, null);
            }
            return result(false, "首页无法访问：" + f.getMessage());
        }
        if (first.page() == null) {
            return result(false, "首页无法访问：" + first.problem());
        }
        processPage(first.page(), 0, Intent.OTHER, "首页", 0, true);

        while (!queue.isEmpty()) {
            if (System.nanoTime() - deadlineNanos >= 0) {
                timedOut = true;
                break;
            }
            if (requests >= settings.pageBudget()) {
                budgetSpent = true;
                break;
            }
            Candidate next = queue.poll();
            if (requested.contains(next.url().toString())) {
                continue;
            }
            if (next.score() <= 0) {
                break;
            }
            if (enoughFound() && next.score() < 60) {
                break;
            }
            if (next.score() <= 10) {
                if (++lowValueFetches > LOW_VALUE_FETCHES) {
                    break;
                }
            }
            Loaded loaded;
            try {
                loaded = load(next.url(), next.hops(), next.homeChain(), next.intent(), next.anchor());
            } catch (FetchFailure f) {
                onFailure(next, f);
                continue;
            }
            if (loaded.page() == null) {
                onUnusable(next, loaded);
                continue;
            }
            processPage(loaded.page(), next.depth(), next.intent(), next.anchor(), next.hops(), next.homeChain());
        }
        String error = null;
        if (timedOut) {
            error = "站点检查超时（" + seconds(settings.siteTimeout()) + "），已请求" + requests + "次，结果可能不完整";
        } else if ((guide == null || catalogue == null) && !problems.isEmpty()) {
            error = "部分页面无法读取：" + problems.get(0) + (problems.size() > 1 ? "（等" + problems.size() + "处）" : "");
        }
        return result(true, error);
    }

    private boolean enoughFound() {
        return guide != null && catalogue != null;
    }

    // ---- fetching ------------------------------------------------------------------------

    /**
     * Fetches an address following HTTP redirects (each hop polite and robots-checked), and
     * decodes the body into a page.
     */
    private Loaded load(URI url, int hops, boolean homeChain, Intent intent, String anchor)
            throws FetchFailure, InterruptedException {
        URI current = url;
        List<String> chain = new ArrayList<>();
        chain.add(current.toString());
        int hop = hops;
        while (true) {
            FetchResponse response = request(current, intent, homeChain);
            if (response.isRedirect()) {
                Optional<URI> next = Urls.resolve(current, response.location().get());
                if (next.isEmpty()) {
                    return new Loaded(response, current, null, "重定向地址无效（" + response.location().get() + "） " + current);
                }
                hop++;
                if (chain.contains(next.get().toString())) {
                    throw new FetchFailure(FetchFailure.Kind.REDIRECT_LOOP,
                            "重定向循环：" + String.join(" → ", chain) + " → " + next.get());
                }
                if (hop > settings.maxRedirects()) {
                    throw new FetchFailure(FetchFailure.Kind.TOO_MANY_REDIRECTS,
                            "重定向次数超过" + settings.maxRedirects() + "次 " + url);
                }
                if (!inScope(next.get().getHost())) {
                    if (homeChain) {
                        addScope(next.get().getHost()); // the homepage moved to another domain: follow it
                    } else {
                        return new Loaded(response, current, null, "链接重定向到站外（" + next.get() + "）");
                    }
                }
                current = next.get();
                chain.add(current.toString());
                continue;
            }
            requested.add(current.toString());
            if (response.status() >= 400) {
                throw new FetchFailure(FetchFailure.Kind.HTTP_STATUS,
                        "HTTP " + response.status() + statusWords(response.status()) + " " + current, response.status());
            }
            return decode(response, current);
        }
    }

    private static String statusWords(int status) {
        return switch (status) {
            case 403 -> "（禁止访问）";
            case 404 -> "（页面不存在）";
            case 500 -> "（服务器内部错误）";
            case 502 -> "（网关错误）";
            case 503 -> "（服务不可用）";
            case 504 -> "（网关超时）";
            default -> status >= 500 ? "（服务器错误）" : "";
        };
    }

    private FetchResponse request(URI url, Intent intent, boolean homeChain) throws FetchFailure, InterruptedException {
        requested.add(url.toString());
        BaseRobotRules rules = robotsFor(url);
        if (!rules.isAllowed(url.toString())) {
            if (homeChain || intent != Intent.OTHER) {
                robotsBlocked = true;
            }
            throw new FetchFailure(FetchFailure.Kind.ROBOTS, "robots.txt 禁止抓取 " + url);
        }
        return politeFetch(url);
    }

    private FetchResponse politeFetch(URI url) throws FetchFailure, InterruptedException {
        if (requests >= settings.pageBudget()) {
            budgetSpent = true;
            throw new FetchFailure(FetchFailure.Kind.BUDGET, "已达每站页面上限（" + settings.pageBudget() + "）");
        }
        String host = Urls.hostKey(url);
        if (!gate.acquire(host, deadlineNanos)) {
            timedOut = true;
            throw new FetchFailure(FetchFailure.Kind.SITE_TIMEOUT, "站点检查超时（" + seconds(settings.siteTimeout()) + "）");
        }
        requests++;
        int status = 0;
        try {
            long remaining = (deadlineNanos - System.nanoTime()) / 1_000_000;
            Duration timeout = Duration.ofMillis(Math.max(1, Math.min(settings.readTimeout().toMillis(), remaining)));
            FetchResponse response = fetcher.fetch(url, timeout);
            status = response.status();
            return response;
        } catch (FetchFailure f) {
            status = f.status();
            if (f.kind() == FetchFailure.Kind.READ_TIMEOUT && System.nanoTime() - deadlineNanos >= 0) {
                timedOut = true;
            }
            throw f;
        } finally {
            gate.release(host);
            listener.pageFetched(target, url.toString(), status);
        }
    }

    private BaseRobotRules robotsFor(URI url) throws InterruptedException {
        String key = url.getScheme() + "://" + Urls.hostKey(url);
        BaseRobotRules rules = robots.get(key);
        if (rules != null) {
            return rules;
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI robotsUrl = URI.create(key + "/robots.txt");
        try {
            FetchResponse r = politeFetch(robotsUrl);
            if (r.status() == 200) {
                rules = parser.parseContent(robotsUrl.toString(), r.body(),
                        r.contentType().orElse("text/plain"), List.of(robotName));
                long crawlDelayMs = rules.getCrawlDelay();
                if (crawlDelayMs > 0) {
                    gate.requestDelay(Urls.hostKey(url), Duration.ofMillis(crawlDelayMs), MAX_CRAWL_DELAY);
                }
            } else {
                // Missing robots.txt (4xx), redirects and server errors: no rules known, allow.
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            }
        } catch (FetchFailure f) {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        }
        robots.put(key, rules);
        return rules;
    }

    private Loaded decode(FetchResponse response, URI url) {
        byte[] body = response.body();
        String type = response.contentType().orElse("").toLowerCase(Locale.ROOT);
        String hash = sha256(body);
        Bodies.Sniffed sniffed = Bodies.sniff(body);
        boolean documentType = type.contains("pdf") || type.contains("msword") || type.contains("officedocument")
                || type.contains("wps");
        if (sniffed == Bodies.Sniffed.PDF || sniffed == Bodies.Sniffed.OLE2_DOC
                || (sniffed == Bodies.Sniffed.ZIP_DOCX && (documentType || isDocPath(url)))) {
            Optional<String> text = AttachmentText.extract(body);
            if (text.isEmpty() || text.get().isBlank()) {
                return new Loaded(response, url, null, "附件无法读取文字（可能是扫描件或已损坏） " + url);
            }
            String name = fileName(url);
            return new Loaded(response, url, PageParser.attachment(text.get(), name, url, response.status(),
                    response.fetchedAt(), hash), null);
        }
        if (sniffed == Bodies.Sniffed.BINARY || sniffed == Bodies.Sniffed.ZIP_DOCX) {
            return new Loaded(response, url, null, "内容为二进制数据而非网页（声明类型：" + (type.isEmpty() ? "无" : type) + "） " + url);
        }
        if (!type.isEmpty() && !type.contains("html") && !type.contains("text") && !type.contains("xml")) {
            return new Loaded(response, url, null, "不是网页（" + type + "） " + url);
        }
        Charsets.Decoded decoded = Charsets.decode(body, response.contentType().orElse(null));
        ParsedPage page = PageParser.parse(decoded.text(), url, response.status(), response.fetchedAt(), hash);
        return new Loaded(response, url, page, null);
    }

    private static boolean isDocPath(URI url) {
        String p = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        return p.endsWith(".docx") || p.endsWith(".doc") || p.endsWith(".pdf");
    }

    private static String fileName(URI url) {
        String p = url.getPath() == null ? "" : url.getPath();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    // ---- exploring ---------------------------------------------------------------------

    private void processPage(ParsedPage page, int depth, Intent reachedAs, String anchor, int hops, boolean homeChain)
            throws InterruptedException {
        if (homeChain) {
            addScope(page.url().getHost());
        }
        if (page.redirect().isPresent()) {
            Link r = page.redirect().get();
            if (hops + 1 > settings.maxRedirects()) {
                problems.add("重定向次数超过" + settings.maxRedirects() + "次 " + page.url());
            } else if (requested.contains(r.url().toString())) {
                if (homeChain && page.links().isEmpty() && page.frames().isEmpty()) {
                    problems.add("重定向循环：" + page.url() + " → " + r.url());
                }
            } else if (inScope(r.url().getHost()) || homeChain) {
                if (homeChain) {
                    addScope(r.url().getHost());
                }
                enqueue(r.url(), depth, 1000, reachedAs, anchor, hops + 1, homeChain);
            }
        }
        for (Link f : page.frames()) {
            if (inScope(f.url().getHost())) {
                enqueue(f.url(), depth, 900, reachedAs, anchor, hops, homeChain);
            }
        }
        judge(page, reachedAs, anchor);
        if (depth + 1 > settings.maxDepth()) {
            return;
        }
        int linkCount = page.links().size();
        for (Link link : page.links()) {
            if (!inScope(link.url().getHost())) {
                continue;
            }
            LinkScorer.Score s = LinkScorer.score(link, reachedAs, linkCount);
            if (homeChain && s.intent() != Intent.OTHER && s.value() >= 50) {
                ogiOnHomepage = true;
            }
            if (s.value() > 0) {
                String label = link.text().isBlank() ? anchor : Texts.excerpt(link.text().strip(), 0, 40);
                enqueue(link.url(), depth + 1, s.value(), s.intent(), label, 0, false);
            }
        }
    }

    private void enqueue(URI url, int depth, int score, Intent intent, String anchor, int hops, boolean homeChain) {
        String key = url.toString();
        if (requested.contains(key)) {
            return;
        }
        Integer known = queuedScore.get(key);
        if (known != null && known >= score) {
            return;
        }
        queuedScore.put(key, score);
        queue.add(new Candidate(url, depth, score, intent, anchor, hops, homeChain, sequence++));
    }

    private void onFailure(Candidate c, FetchFailure f) {
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
        Evidence e = new Evidence(c.url().toString(), f.status(), clock.instant(), null, null, null, what);
        if (c.intent() == Intent.GUIDE) {
            noteGuide(e, 1);
        } else if (c.intent() == Intent.CATALOGUE && catalogueNote == null) {
            catalogueNote = e;
        }
    }

    private void onUnusable(Candidate c, Loaded loaded) {
        if (c.intent() == Intent.OTHER && !c.homeChain()) {
            return;
        }
        String what = "链接“" + c.anchor() + "”无法读取：" + loaded.problem();
        if (!loaded.problem().startsWith("链接重定向到站外")) {
            problems.add(what);
        }
        Evidence e = new Evidence(loaded.finalUrl().toString(), loaded.response().status(),
                loaded.response().fetchedAt(), sha256(loaded.response().body()), null, null, what);
        if (c.intent() == Intent.GUIDE) {
            noteGuide(e, 1);
        } else if (c.intent() == Intent.CATALOGUE && catalogueNote == null) {
            catalogueNote = e;
        }
    }

    private void noteGuide(Evidence e, int rank) {
        if (guideNote == null || rank > guideNoteRank) {
            guideNote = e;
            guideNoteRank = rank;
        }
    }

    // ---- judging -------------------------------------------------------------------------

    private void judge(ParsedPage page, Intent reachedAs, String anchor) throws InterruptedException {
        boolean softChecked = false;
        GuideJudge.Verdict g = GuideJudge.judge(page, reachedAs);
        if (g.kind() == GuideJudge.Kind.GUIDE) {
            softChecked = true;
            if (isSoftNotFound(page)) {
                noteGuide(evidence(page, "不计为指南：该页与网站对不存在地址返回的页面相同（软404）", 0), 2);
            } else {
                Ownership.Verdict owner = Ownership.judge(target.name(), page);
                if (!owner.own() || (!owner.unitNamed() && !ownHost(page.url().getHost()))) {
                    noteGuide(evidence(page, "不计为本单位指南：该指南属于“" + owner.otherIssuer().orElse("其他单位")
                            + "”，未提及本单位“" + target.name() + "”", g.anchor()), 4);
                } else if (guide == null || g.score() > guide.score()) {
                    String reason = g.reason() + (owner.unitNamed() ? "" : "；指南未写明单位名称");
                    guide = new GuideCandidate(g.score(), new GuideFinding(true, page.url().toString(), false,
                            g.elements(), Optional.of(evidence(page, reason, g.anchor()))));
                }
            }
        } else if (g.kind() == GuideJudge.Kind.NEWS && (reachedAs == Intent.GUIDE || reachedAs == Intent.OGI)) {
            noteGuide(evidence(page, g.reason(), g.anchor()), 3);
        } else if (g.kind() == GuideJudge.Kind.PLACEHOLDER) {
            boolean guideColumn = reachedAs == Intent.GUIDE || GuideJudge.hasGuideTitle(page);
            if (guideColumn && guidePlaceholder == null && !isSoftNotFound(page)) {
                softChecked = true;
                guidePlaceholder = new GuideCandidate(0, new GuideFinding(false, page.url().toString(), true,
                        EnumSet.noneOf(dev.ogi.crawlers.model.GuideElement.class),
                        Optional.of(evidence(page, g.reason(), 0))));
            }
        }
        if (page.attachment()) {
            return;
        }
        CatalogueJudge.Verdict c = CatalogueJudge.judge(page, reachedAs);
        if (c.kind() == CatalogueJudge.Kind.NONE) {
            return;
        }
        if (!ownHost(page.url().getHost()) && !Ownership.judge(target.name(), page).unitNamed()) {
            // A shared platform lists many units' catalogues; only one naming this unit is its own.
            if (catalogueNote == null) {
                catalogueNote = evidence(page, "不计为本单位目录：平台上的该目录未提及本单位“" + target.name() + "”", 0);
            }
            return;
        }
        if (c.kind() == CatalogueJudge.Kind.PLACEHOLDER) {
            boolean column = reachedAs == Intent.CATALOGUE || CatalogueJudge.hasCatalogueTitle(page);
            if (column && (catalogue == null || catalogue.rank() < 1) && !isSoftNotFound(page)) {
                catalogue = new CatalogueCandidate(0, new CatalogueFinding(false, page.url().toString(), true, null,
                        c.fields(), Optional.of(evidence(page, c.reason(), 0))));
            }
            return;
        }
        if (!softChecked && isSoftNotFound(page)) {
            return;
        }
        if (c.kind() == CatalogueJudge.Kind.TREE) {
            if (catalogue == null || catalogue.rank() < 1) {
                catalogue = new CatalogueCandidate(1, new CatalogueFinding(true, page.url().toString(), false, null,
                        c.fields(), Optional.of(evidence(page, c.reason(), 0))));
            }
            return;
        }
        // A table or list of items: count across its pages.
        int entries = c.entries();
        Set<CatalogueField> fields = EnumSet.noneOf(CatalogueField.class);
        fields.addAll(c.fields());
        int pages = 1;
        Set<String> hashes = new HashSet<>();
        hashes.add(page.contentHash());
        ParsedPage current = page;
        List<URI> pending = new ArrayList<>(CatalogueJudge.nextPages(page));
        boolean incomplete = false;
        while (!pending.isEmpty() && pages < MAX_CATALOGUE_PAGES) {
            URI next = pending.remove(0);
            if (requested.contains(next.toString())) {
                continue;
            }
            if (System.nanoTime() - deadlineNanos >= 0 || requests >= settings.pageBudget()) {
                incomplete = true;
                break;
            }
            Loaded loaded;
            try {
                loaded = load(next, 0, false, Intent.CATALOGUE, "下一页");
            } catch (FetchFailure f) {
                if (f.kind() != FetchFailure.Kind.HTTP_STATUS || f.status() >= 500) {
                    incomplete = true;
                }
                break;
            }
            if (loaded.page() == null || !hashes.add(loaded.page().contentHash())) {
                break;
            }
            CatalogueJudge.Verdict more = CatalogueJudge.judge(loaded.page(), Intent.CATALOGUE);
            if (more.kind() != c.kind() || more.entries() == 0) {
                break;
            }
            pages++;
            entries += more.entries();
            fields.addAll(more.fields());
            current = loaded.page();
            if (pending.isEmpty()) {
                pending.addAll(CatalogueJudge.nextPages(current));
            }
        }
        int rank = 2 + (c.kind() == CatalogueJudge.Kind.TABLE ? 1 : 0);
        if (catalogue != null && (catalogue.rank() > rank
                || (catalogue.rank() == rank && catalogue.finding().entries() != null
                && catalogue.finding().entries() >= entries))) {
            return;
        }
        String reason = "判定为公开目录：" + (c.kind() == CatalogueJudge.Kind.TABLE ? "表格列" : "列表字段")
                + labelsOf(fields) + "，共" + pages + "页" + entries + "条"
                + (incomplete ? "（未能读完全部分页，条数可能偏少）" : "");
        catalogue = new CatalogueCandidate(rank, new CatalogueFinding(true, page.url().toString(), false, entries,
                fields, Optional.of(evidence(page, reason, 0))));
    }

    private static String labelsOf(Set<CatalogueField> fields) {
        List<String> l = new ArrayList<>();
        for (CatalogueField f : CatalogueField.values()) {
            if (fields.contains(f)) {
                l.add(f.label());
            }
        }
        return "（" + String.join("、", l) + "）";
    }

    /** Compares with the answer the host gives for a random missing address (probed once). */
    private boolean isSoftNotFound(ParsedPage page) throws InterruptedException {
        if (SoftNotFound.saysNotFound(page.compact(), page.contentLength())) {
            return true;
        }
        String key = page.url().getScheme() + "://" + Urls.hostKey(page.url());
        Optional<SoftNotFound> probe = probes.get(key);
        if (probe == null) {
            probe = Optional.empty();
            URI probeUrl = URI.create(key + "/ogi-probe-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".htm");
            try {
                FetchResponse r = politeFetch(probeUrl);
                if (r.status() == 200 && Bodies.sniff(r.body()) == Bodies.Sniffed.HTML_OR_TEXT) {
                    Charsets.Decoded d = Charsets.decode(r.body(), r.contentType().orElse(null));
                    ParsedPage p = PageParser.parse(d.text(), probeUrl, 200, r.fetchedAt(), "");
                    probe = Optional.of(SoftNotFound.of(p.compact()));
                }
            } catch (FetchFailure ignored) {
                // No probe answer: nothing to compare with.
            }
            probes.put(key, probe);
        }
        return probe.isPresent() && probe.get().matches(page.compact());
    }

    private Evidence evidence(ParsedPage page, String reason, int anchor) {
        String title = page.title().isBlank() && !page.headings().isEmpty() ? page.headings().get(0) : page.title();
        return new Evidence(page.url().toString(), page.status(), page.fetchedAt(), page.contentHash(), title,
                Texts.excerpt(page.text(), anchor, 200), reason);
    }

    // ---- scope -------------------------------------------------------------------------

    private void addScope(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        scopeBases.add(h.startsWith("www.") ? h.substring(4) : h);
    }

    /** The unit's own hosts (not the shared platforms). */
    private boolean ownHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String base : scopeBases) {
            if (h.equals(base) || (h.endsWith(base) && h.charAt(h.length() - base.length() - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private boolean inScope(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (settings.ogiPlatformHosts().contains(h)) {
            return true;
        }
        for (String base : scopeBases) {
            if (h.equals(base) || (h.endsWith(base) && h.charAt(h.length() - base.length() - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    // ---- result ------------------------------------------------------------------------

    private SiteResult result(boolean reachable, String error) {
        GuideFinding g;
        if (guide != null) {
            g = guide.finding();
        } else if (guidePlaceholder != null) {
            g = guidePlaceholder.finding();
        } else {
            g = new GuideFinding(false, null, false, Set.of(), Optional.ofNullable(guideNote));
        }
        CatalogueFinding c;
        if (catalogue != null) {
            c = catalogue.finding();
        } else {
            c = new CatalogueFinding(false, null, false, null, Set.of(), Optional.ofNullable(catalogueNote));
        }
        return new SiteResult(target.code(), target.homepage(), reachable, error, robotsBlocked, requests,
                ogiOnHomepage, startedAt, clock.instant(), g, c);
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "秒" : String.format(Locale.ROOT, "%.1f秒", ms / 1000.0);
    }

    @SuppressWarnings("unused")
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
