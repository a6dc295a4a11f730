package dev.ogi.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.bench.BenchmarkFarm;
import dev.ogi.crawlers.probe.HomepageProber;
import dev.ogi.crawlers.probe.ProbeResult;
import dev.ogi.crawlers.probe.ProbeSettings;
import dev.ogi.crawlers.probe.ProbeTarget;
import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.availability.AvailabilityConfiguration;
import dev.ogi.server.availability.AvailabilityService;
import dev.ogi.server.availability.AvailabilityViews.ProbeRun;
import dev.ogi.server.db.Database;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitDao;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a test (it asserts only that the probes answered): the availability monitor's
 * cost for 2,000 units. The real {@link HomepageProber} probes 2,000 homepages of the simulated
 * web (a real HTTP server on loopback, reached through its proxy, with a simulated latency), once
 * through the monitor ({@link AvailabilityService#probeNow}: wall time, requests) and once on
 * threads of this class, which read each probe's CPU time with {@link ThreadMXBean}. Then a
 * simulated stretch of hourly probes of the same 2,000 units (1% failing; 30 days by default, a
 * year of writes takes over 20 minutes on a busy 2-core machine) is written into a real SQLite
 * file through {@link AvailabilityService#record}; the bytes it adds (after VACUUM) are measured
 * per day row and per failure row kept, and a year is extrapolated from them: 365 day rows a
 * unit, and the failures kept up to the per-unit cap.
 * Off by default:
 *
 * <pre>mvn -B -o -pl server -am test -Dtest=ProbeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dogi.benchmark=true</pre>
 *
 * Options: {@code -Dogi.benchmark.units=2000 -Dogi.benchmark.latencyMs=50 -Dogi.benchmark.days=30} (365: the whole year written).
 */
@EnabledIfSystemProperty(named = "ogi.benchmark", matches = "true")
class ProbeBenchmark {

    private static final int UNITS = Integer.getInteger("ogi.benchmark.units", 2000);
    private static final int LATENCY_MS = Integer.getInteger("ogi.benchmark.latencyMs", 50);
    private static final int DAYS = Integer.getInteger("ogi.benchmark.days", 30);
    private static final Instant YEAR_START = Instant.parse("2008-12-31T16:00:00Z");

    @TempDir
    Path folder;

    @Test
    void probeCostAndStorageFor2000Units() throws Exception {
        BenchmarkFarm farm = BenchmarkFarm.of(UNITS, 10);
        try (SimulatedWeb web = farm.install(SimulatedWeb.start(LocalDate.of(2009, 1, 1)))) {
            web.setLogging(false);
            web.setLatency(Duration.ofMillis(LATENCY_MS));
            Jdbi jdbi = Database.openStandalone(OgiConfiguration.sqliteDefaults(folder.resolve("probe.db").toString()));
            List<Unit> units = registry(jdbi, farm);
            CrawlerSettings crawler = CrawlerSettings.defaults().withAllowPrivateAddresses(true)
                    .withProxy(new InetSocketAddress("127.0.0.1", web.port()));
            AvailabilityConfiguration configuration = new AvailabilityConfiguration();
            AvailabilityService service = new AvailabilityService(jdbi, Clock.systemUTC(), configuration, crawler);
            ProbeSettings settings = ProbeSettings.from(crawler, configuration.getTimeout().toJavaDuration())
                    .withParallel(configuration.getParallel());
            try (HomepageProber prober = new HomepageProber(settings, Clock.systemUTC())) {
                service.overrideProber(prober);
                List<ProbeTarget> targets = units.stream().map(u -> new ProbeTarget(u.code(), u.homepage())).toList();
                System.out.printf(Locale.ROOT, "ProbeBenchmark: %d units, latency %d ms, %d probes at once, %d cores%n",
                        UNITS, LATENCY_MS, settings.parallel(), Runtime.getRuntime().availableProcessors());
                cpuPass(prober, targets, settings.parallel()); // warm-up (JIT)

                long served = web.requestCount();
                ProbeRun run = service.probeNow(units);
                long requests = web.requestCount() - served;
                assertThat(run.probed()).isEqualTo(UNITS);
                assertThat(run.failures()).isZero();
                System.out.printf(Locale.ROOT, "monitor run         %d probed, %d failed, wall %.2f s%n", run.probed(),
                        run.failures(), run.millis() / 1000.0);
                System.out.printf(Locale.ROOT, "requests per probe  %.3f (prober's count %d, the simulated web served %d)%n",
                        requests / (double) UNITS, run.requests(), requests);

                CpuPass cpu = cpuPass(prober, targets, settings.parallel());
                System.out.printf(Locale.ROOT, "CPU per probe       %.3f ms (ThreadMXBean, the probing threads; %.2f s for %d probes, wall %.2f s)%n",
                        cpu.cpuNanos() / 1e6 / UNITS, cpu.cpuNanos() / 1e9, UNITS, cpu.wallNanos() / 1e9);
            }
            storage(jdbi, service, units);
        }
    }

    private static List<Unit> registry(Jdbi jdbi, BenchmarkFarm farm) {
        List<Unit> units = new ArrayList<>();
        farm.targets().forEach(t -> units.add(new Unit(t.code(), t.name(), null, "县(市、区)", null, t.homepage(),
                null, null, null, null, true)));
        jdbi.useTransaction(h -> {
            UnitDao dao = h.attach(UnitDao.class);
            units.forEach(u -> dao.insert(u, "2008-12-01T00:00:00Z"));
        });
        return jdbi.withExtension(UnitDao.class, UnitDao::listActive);
    }

    private record CpuPass(long cpuNanos, long wallNanos) {
    }

    /** Every target probed once on this class's threads, each probe's CPU time read on its thread. */
    private static CpuPass cpuPass(HomepageProber prober, List<ProbeTarget> targets, int threads) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<long[]>> futures = new ArrayList<>();
            for (ProbeTarget target : targets) {
                futures.add(pool.submit(() -> {
                    long before = mx.getCurrentThreadCpuTime();
                    ProbeResult result = prober.probe(target);
                    return new long[] {mx.getCurrentThreadCpuTime() - before, result.counted() && !result.failed() ? 1 : 0};
                }));
            }
            long cpu = 0;
            long up = 0;
            for (Future<long[]> f : futures) {
                long[] r = f.get();
                cpu += r[0];
                up += r[1];
            }
            assertThat(up).isEqualTo(targets.size());
            return new CpuPass(cpu, System.nanoTime() - t0);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes {@link #DAYS} days of hourly probes for every unit through the monitor and prints the bytes they add. */
    private static void storage(Jdbi jdbi, AvailabilityService service, List<Unit> units) {
        jdbi.useHandle(h -> h.execute("DELETE FROM availability_days"));
        jdbi.useHandle(h -> h.execute("DELETE FROM availability_failures"));
        long before = vacuumedBytes(jdbi);
        Random random = new Random(2009);
        long t0 = System.nanoTime();
        for (int hour = 0; hour < DAYS * 24; hour++) {
            Instant at = YEAR_START.plus(Duration.ofHours(hour));
            List<ProbeResult> results = new ArrayList<>(units.size());
            for (Unit unit : units) {
                results.add(random.nextInt(100) == 0
                        ? new ProbeResult(unit.code(), at, ProbeResult.Outcome.TIMEOUT, 0, 15_000, 1,
                                Optional.of("首页在15秒内未打开 " + unit.homepage()))
                        : new ProbeResult(unit.code(), at, ProbeResult.Outcome.UP, 200, 40 + random.nextInt(200), 1,
                                Optional.empty()));
            }
            service.record(at, results);
        }
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        long after = vacuumedBytes(jdbi);
        long dayRows = count(jdbi, "availability_days");
        long failureRows = count(jdbi, "availability_failures");
        // the failures kept are capped per unit: measured apart, so the day rows extrapolate alone
        jdbi.useHandle(h -> h.execute("DELETE FROM availability_failures"));
        long daysOnly = vacuumedBytes(jdbi);
        double perDayRow = (daysOnly - before) / (double) dayRows;
        double perFailureRow = (after - daysOnly) / (double) Math.max(1, failureRows);
        int kept = service.configuration().getFailuresKept();
        // 1% of 8,760 probes a year fail: 87 a unit, of which at most the cap is kept
        long failuresKeptInAYear = units.size() * Math.min(kept, 365L * 24 / 100);
        double perYear = perDayRow * 365 * units.size() + perFailureRow * failuresKeptInAYear;
        System.out.printf(Locale.ROOT, "storage             %d days x 24 hourly probes x %d units (1%% failing) written through AvailabilityService.record in %.1f s (%.1f ms per hour of %d probes)%n",
                DAYS, units.size(), writeSeconds, writeSeconds * 1000 / (DAYS * 24.0), units.size());
        System.out.printf(Locale.ROOT, "                    %d day rows: %.1f bytes each; %d failure rows kept (at most %d a unit): %.1f bytes each; %.2f MB added in all (SQLite file after VACUUM)%n",
                dayRows, perDayRow, failureRows, kept, perFailureRow, (after - before) / 1048576.0);
        System.out.printf(Locale.ROOT, "a year of hourly probes for %d units: %.1f MB (%,d day rows + %,d failures kept)%s%n",
                units.size(), perYear / 1048576.0, 365L * units.size(), failuresKeptInAYear,
                DAYS >= 365 ? " (measured rows per byte)" : " (extrapolated from the bytes per row of " + DAYS + " days)");
        System.out.printf(Locale.ROOT, "                    one row per probe instead would be %,d rows a year%n", 365L * 24 * units.size());
    }

    private static long vacuumedBytes(Jdbi jdbi) {
        jdbi.useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        jdbi.useHandle(h -> h.execute("VACUUM"));
        return jdbi.withHandle(h -> h.createQuery("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")
                .mapTo(Long.class).one());
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }
}
