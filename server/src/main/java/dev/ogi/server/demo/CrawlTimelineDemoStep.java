package dev.ogi.server.demo;

import dev.ogi.server.crawls.CrawlRound;
import dev.ogi.server.crawls.CrawlService;
import dev.ogi.crawlers.Crawler;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.sim.DemoFarm;
import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.server.AppContext;
import dev.ogi.server.units.Unit;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's crawl history, made by really crawling: every registry unit gets a simulated
 * website (a realistic mix of stories, {@link DemoFarm}), served on loopback by a simulated web
 * that is also the crawler's proxy; then the 2007 campaign is replayed, the simulation's date set
 * to each round's day and a real round judged as of that day. The per-host delay is lowered for
 * the simulated hosts only.
 */
public final class CrawlTimelineDemoStep implements DemoStep {

    /**
     * Rounds between 2007-09-20 and 2008-03-15 (about every two weeks): with the page budget below
     * the whole replay stays near a minute on two cores.
     */
    static final int ROUNDS = 12;
    static final Duration SIMULATED_HOST_DELAY = Duration.ofMillis(10);
    static final int PAGES_PER_SITE = 18;

    /** The running simulation and the delays of its hosts, for the steps after this one. */
    record Simulation(SimulatedWeb web, Map<String, Duration> hostDelays) {
    }

    private volatile Optional<Simulation> simulation = Optional.empty();

    /** The simulated web once this step has run. */
    Optional<Simulation> simulation() {
        return simulation;
    }

    @Override
    public String name() {
        return "网站检查历史（模拟网站上的 " + ROUNDS + " 轮真实抓取，2007-09-20 至 2008-03-15）";
    }

    @Override
    public void run(AppContext context, DemoLog log) throws Exception {
        List<Unit> units = context.units().list(false);
        List<SiteTarget> targets = units.stream()
                .map(u -> new SiteTarget(u.code(), u.name(), u.group(), u.homepage())).toList();
        DemoFarm farm = DemoFarm.of(targets);
        CrawlService service = context.crawls();
        // The simulation lives as long as the demo: later rounds (the API, a unit's re-check, the
        // schedule) crawl it too, as of the timeline's last day, and nothing leaves the machine.
        SimulatedWeb web = farm.install(SimulatedWeb.start(DemoFarm.TIMELINE_START));
        web.setLogging(false);
        Set<String> hosts = new HashSet<>(farm.hosts());
        Map<String, Duration> delays = hosts.stream().collect(Collectors.toMap(Function.identity(), h -> SIMULATED_HOST_DELAY));
        CrawlerSettings settings = service.settings()
                .withProxy(new InetSocketAddress("127.0.0.1", web.port()))
                .withHostDelays(delays)
                .withPageBudget(PAGES_PER_SITE)
                .withReadTimeout(Duration.ofSeconds(5))
                .withParallelSites(Math.max(8, targets.size()))
                .withOgiPlatformHosts(union(service.settings().ogiPlatformHosts(), DemoFarm.PLATFORM_HOST));
        log.info("模拟网站已启动（代理 " + web.proxy() + "，" + hosts.size() + " 个主机），开始按时间线逐轮检查");
        // the 2007 replay needs no website facts (their campaign starts in May 2008, see
        // WebsiteTimelineDemoStep): without their 30 requests a site, each round takes half the time
        try (Crawler replay = new Crawler(settings.withWebsiteChecks(false))) {
            for (LocalDate day : roundDates(ROUNDS)) {
                web.setDate(day);
                CrawlRound round = service.runNow("demo", day, units, replay::crawlAll, dev.ogi.crawlers.CrawlListener.NONE);
                log.info("第 " + round.id() + " 轮（" + day + "）：" + round.unitsDone() + " 个单位，"
                        + round.pagesFetched() + " 个页面，" + round.errors() + " 个出错");
            }
        }
        Crawler crawler = new Crawler(settings);
        service.overrideEngine(crawler::crawlAll);
        this.simulation = Optional.of(new Simulation(web, delays));
    }

    /** {@code count} days spread evenly over the demo timeline, first and last included. */
    static List<LocalDate> roundDates(int count) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(DemoFarm.TIMELINE_START, DemoFarm.TIMELINE_END);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> DemoFarm.TIMELINE_START.plusDays(Math.round(i * (double) span / (count - 1))))
                .toList();
    }

    private static Set<String> union(Set<String> hosts, String more) {
        Set<String> all = new HashSet<>(hosts);
        all.add(more);
        return all;
    }
}
