package dev.ogi.server.demo;

import dev.ogi.crawlers.probe.HomepageProber;
import dev.ogi.crawlers.probe.ProbeSettings;
import dev.ogi.crawlers.sim.DemoFarm;
import dev.ogi.server.AppContext;
import dev.ogi.server.availability.AvailabilityService;
import dev.ogi.server.availability.AvailabilityViews.ProbeRun;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.scheduling.JobScheduler;
import dev.ogi.server.units.Unit;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo's last week of hourly homepage probes, through the simulated web as it stood each
 * day, so the unit pages show 站点可用性 (the dead site and the flaky one with the veto); later
 * probes (the schedule) go through the simulation too. Last of the steps: the probes of a slow
 * site queue behind one another, and nothing else waits for them.
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
        for (LocalDate day = last.minusDays(AvailabilityService.WINDOW_DAYS - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            simulation.web().setDate(day);
            for (int hour = 0; hour < PROBES_A_DAY; hour++) {
                Instant at = day.atTime(hour, 0).atZone(JobScheduler.OFFICE_TIME_ZONE.toZoneId()).toInstant();
                ProbeRun run = probe(availability, units, at);
                probes += run.probed();
                failures += run.failures();
            }
        }
        simulation.web().setDate(DemoFarm.TIMELINE_END);
        log.info("站点可用性：共探测 " + probes + " 次，失败 " + failures + " 次，"
                + availability.all(units, last).vetoes() + " 个单位单项否决（站点无法访问）");
    }

    /** One run; when the hourly schedule is probing at that moment, after it. */
    private static ProbeRun probe(AvailabilityService availability, List<Unit> units, Instant at) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return availability.probe(units, at);
            } catch (DomainException e) {
                if (attempt >= 600) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
