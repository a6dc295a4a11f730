package dev.ogi.server.demo;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.server.AppContext;
import dev.ogi.server.crawls.CrawlRound;
import dev.ogi.server.crawls.CrawlService;
import dev.ogi.server.units.Unit;
import java.time.LocalDate;
import java.util.List;

/**
 * The website as the first platform after the 2007 campaign (campaign {@code website-2008}): a few
 * rounds over the simulated sites from mid-2008 to the annual report's deadline and after it, each
 * as of its own day, so homepages go stale, empty columns and broken application forms show, and
 * the 2008 annual reports appear on time, late or not at all. Read as of the last day:
 * {@code /rankings.html?campaign=website-2008&asOf=2009-04-15}.
 */
final class WebsiteTimelineDemoStep implements DemoStep {

    static final List<LocalDate> ROUNDS = List.of(LocalDate.of(2008, 6, 16), LocalDate.of(2008, 11, 17),
            LocalDate.of(2009, 3, 2), LocalDate.of(2009, 4, 15));
    static final LocalDate LAST = ROUNDS.get(ROUNDS.size() - 1);

    private final CrawlTimelineDemoStep crawls;

    WebsiteTimelineDemoStep(CrawlTimelineDemoStep crawls) {
        this.crawls = crawls;
    }

    @Override
    public String name() {
        return "网站第一平台建设（模拟网站上 2008-06 至 2009-04 的 " + ROUNDS.size() + " 轮检查）";
    }

    @Override
    public void run(AppContext context, DemoLog log) {
        CrawlTimelineDemoStep.Simulation simulation = crawls.simulation()
                .orElseThrow(() -> new IllegalStateException("the simulated web did not start, nothing to crawl"));
        List<Unit> units = context.units().list(false);
        CrawlService service = context.crawls();
        for (LocalDate day : ROUNDS) {
            simulation.web().setDate(day);
            CrawlRound round = service.runNow("demo", day, units, service.defaultEngine(), CrawlListener.NONE);
            log.info("第 " + round.id() + " 轮（" + day + "）：" + round.unitsDone() + " 个单位，" + round.pagesFetched() + " 个页面");
        }
        simulation.web().setDate(dev.ogi.crawlers.sim.DemoFarm.TIMELINE_END);
    }
}
