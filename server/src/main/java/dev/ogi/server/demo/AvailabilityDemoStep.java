package dev.ogi.server.demo;

import dev.ogi.crawlers.probe.HomepageProber;
import dev.ogi.crawlers.probe.ProbeSettings;
import dev.ogi.crawlers.sim.DemoFarm;
import dev.ogi.server.AppContext;
import dev.ogi.server.availability.AvailabilityService;
import dev.ogi.server.availability.AvailabilityViews.ProbeRun;
import dev.ogi.server.scheduling.JobScheduler;
import dev.ogi.server.units.Unit;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's last week of hourly homepage probes, through the simulated web as it stood each
 * day, so the unit pages show 站点可用性 (the dead site and the flaky one with the veto); later
 * probes (the schedule) go through the simulation too. A day's 24 runs go side by side, so the
 * week takes about as long as seven runs of its slowest sites, not 168.
 */
final class AvailabilityDemoStep implements DemoStep {

    static final int PROBES_A_DAY = 24;

    private final CrawlTimelineDemoStep crawls;
    private final LocalDate last;

    /** Probes the {@link AvailabilityService#WINDOW_DAYS} days up to {@code last}, hourly. */
    AvailabilityDemoStep(CrawlTimelineDemoStep crawls, LocalDate last) {
        this.crawls = crawls;
        this.last = last;
    }

    @Override
    public String name() {
        return "站点可用性（模拟网站上截至 " + last + " 的 " + AvailabilityService.WINDOW_DAYS + " 天每小时探测首页）";
    }

    @Override
    public void run(AppContext context, DemoLog log) throws InterruptedException {
        CrawlTimelineDemoStep.Simulation simulation = crawls.simulation()
                .orElseThrow(() -> new IllegalStateException("the simulated web did not start, nothing to probe"));
        AvailabilityService availability = context.availability();
        ProbeSettings settings = ProbeSettings.from(context.crawls().settings(),
                        availability.configuration().getTimeout().toJavaDuration())
                .withProxy(Optional.of(new InetSocketAddress("127.0.0.1", simulation.web().port())))
                .withHostDelays(simulation.hostDelays());
        availability.overrideProber(new HomepageProber(settings, context.clock()));
        List<Unit> units = context.units().list(false);
        int probes = 0;
        int failures = 0;
        // a day's hours side by side, each through a prober of its own: the simulated web stands
        // on one day at a time, and the slow sites then hold up each day once, not each hour
        List<HomepageProber> lanes = new ArrayList<>();
        try {
            for (int hour = 0; hour < PROBES_A_DAY; hour++) {
                lanes.add(new HomepageProber(settings, context.clock()));
            }
            for (LocalDate day = last.minusDays(AvailabilityService.WINDOW_DAYS - 1L); !day.isAfter(last); day = day.plusDays(1)) {
                simulation.web().setDate(day);
                List<Instant> hours = new ArrayList<>();
                for (int hour = 0; hour < PROBES_A_DAY; hour++) {
                    hours.add(day.atTime(hour, 0).atZone(JobScheduler.OFFICE_TIME_ZONE.toZoneId()).toInstant());
                }
                for (ProbeRun run : availability.probeHours(units, hours, lanes)) {
                    probes += run.probed();
                    failures += run.failures();
                }
            }
        } finally {
            lanes.forEach(HomepageProber::close);
        }
        simulation.web().setDate(DemoFarm.TIMELINE_END);
        log.info("站点可用性：共探测 " + probes + " 次，失败 " + failures + " 次，"
                + availability.all(units, last).vetoes() + " 个单位单项否决（站点无法访问）");
    }
}
