package dev.ogi.server.availability;

import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.probe.HomepageProber;
import dev.ogi.crawlers.probe.ProbeResult;
import dev.ogi.crawlers.probe.ProbeSettings;
import dev.ogi.crawlers.probe.ProbeTarget;
import dev.ogi.server.availability.AvailabilityDao.DayIncrement;
import dev.ogi.server.availability.AvailabilityDao.DayRow;
import dev.ogi.server.availability.AvailabilityDao.FailureRow;
import dev.ogi.server.availability.AvailabilityDao.SpanRow;
import dev.ogi.server.availability.AvailabilityViews.AllUnits;
import dev.ogi.server.availability.AvailabilityViews.Day;
import dev.ogi.server.availability.AvailabilityViews.Failure;
import dev.ogi.server.availability.AvailabilityViews.ProbeRun;
import dev.ogi.server.availability.AvailabilityViews.UnitAvailability;
import dev.ogi.server.availability.AvailabilityViews.UnitLine;
import dev.ogi.server.availability.AvailabilityViews.Window;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.scheduling.JobScheduler;
import dev.ogi.server.units.Unit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;

/**
 * The availability monitor: probes every active unit's homepage (apart from the deep crawl),
 * folds each probe into its unit's China-time day, and answers the rolling 7-day figure whose
 * failure share decides the veto item 站点无法访问. One probe run at a time.
 */
public final class AvailabilityService {

    /** The veto's rolling window, in days (today included). */
    public static final int WINDOW_DAYS = 7;
    static final ZoneId OFFICE_ZONE = JobScheduler.OFFICE_TIME_ZONE.toZoneId();

    private final Jdbi jdbi;
    private final Clock clock;
    private final AvailabilityConfiguration configuration;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile HomepageProber prober;
    private volatile Runnable afterRecord = () -> { };

    public AvailabilityService(Jdbi jdbi, Clock clock, AvailabilityConfiguration configuration, CrawlerSettings crawler) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.configuration = configuration.validated();
        ProbeSettings settings = ProbeSettings.from(crawler, configuration.getTimeout().toJavaDuration())
                .withParallel(configuration.getParallel());
        this.prober = new HomepageProber(settings, clock);
    }

    public AvailabilityConfiguration configuration() {
        return configuration;
    }

    /** Runs after probes are recorded (the scores read the probe days: they are recomputed). */
    public void onRecorded(Runnable listener) {
        this.afterRecord = listener;
    }

    /** Probes through another prober from now on (the demo's, through its simulated web). */
    public void overrideProber(HomepageProber replacement) {
        this.prober = replacement;
    }

    /** Probes every unit with a homepage now, stamped with the server's clock. */
    public ProbeRun probeNow(List<Unit> units) {
        return probe(units, clock.instant());
    }

    /**
     * Probes every unit with a homepage and records the run as of {@code at} (the demo replays
     * past hours).
     *
     * @throws DomainException 409 while another run is probing
     */
    public ProbeRun probe(List<Unit> units, Instant at) {
        if (!running.compareAndSet(false, true)) {
            throw DomainException.conflict("站点可用性探测正在进行，请稍后再试");
        }
        try {
            List<ProbeTarget> targets = targets(units);
            long started = System.nanoTime();
            List<ProbeResult> results = prober.probeAll(targets);
            record(at, results);
            return run(at, targets, results, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.conflict("站点可用性探测被中止");
        } finally {
            running.set(false);
        }
    }

    /**
     * Probes every unit with a homepage once for each of {@code hours}, the runs side by side, each
     * lane of runs through its own prober (one run's slow host then holds up no other run), and
     * records them all in one transaction: the demo replays a past week of hourly runs this way.
     * The probes and how they are stored are {@link #probe}'s; the scheduled run is neither waited
     * for nor held up (its prober is not used).
     *
     * @param probers one per lane: run {@code i} goes through {@code probers.get(i % probers.size())}
     */
    public List<ProbeRun> probeHours(List<Unit> units, List<Instant> hours, List<HomepageProber> probers)
            throws InterruptedException {
        List<ProbeTarget> targets = targets(units);
        int lanes = Math.max(1, Math.min(probers.size(), hours.size()));
        List<List<ProbeResult>> results = new ArrayList<>(java.util.Collections.nCopies(hours.size(), null));
        long[] millis = new long[hours.size()];
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int first = lane;
                done.add(pool.submit(() -> {
                    for (int i = first; i < hours.size(); i += lanes) {
                        long started = System.nanoTime();
                        results.set(i, probers.get(first).probeAll(targets));
                        millis[i] = System.nanoTime() - started;
                    }
                    return null;
                }));
            }
            for (Future<?> lane : done) {
                lane.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("probe runs failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<DayIncrement> increments = new ArrayList<>();
        List<FailureRow> failures = new ArrayList<>();
        List<ProbeRun> runs = new ArrayList<>(hours.size());
        for (int i = 0; i < hours.size(); i++) {
            collect(hours.get(i), results.get(i), increments, failures);
            runs.add(run(hours.get(i), targets, results.get(i), System.nanoTime() - millis[i]));
        }
        store(increments, failures);
        return runs;
    }

    private static List<ProbeTarget> targets(List<Unit> units) {
        return units.stream()
                .filter(u -> u.homepage() != null && !u.homepage().isBlank())
                .map(u -> new ProbeTarget(u.code(), u.homepage())).toList();
    }

    private static ProbeRun run(Instant at, List<ProbeTarget> targets, List<ProbeResult> results, long startedNanos) {
        int failures = (int) results.stream().filter(ProbeResult::failed).count();
        int probed = (int) results.stream().filter(ProbeResult::counted).count();
        int requests = results.stream().mapToInt(ProbeResult::requests).sum();
        return new ProbeRun(at, targets.size(), probed, failures, requests, (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /** Folds one run's results into the days of {@code at} (China time); skipped probes are not counted. */
    public void record(Instant at, List<ProbeResult> results) {
        List<DayIncrement> increments = new ArrayList<>(results.size());
        List<FailureRow> failures = new ArrayList<>();
        collect(at, results, increments, failures);
        store(increments, failures);
    }

    private static void collect(Instant at, List<ProbeResult> results, List<DayIncrement> increments,
            List<FailureRow> failures) {
        String day = at.atZone(OFFICE_ZONE).toLocalDate().toString();
        // whole seconds: the stamps then sort as text
        String stamp = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        for (ProbeResult r : results) {
            if (!r.counted()) {
                continue;
            }
            if (r.failed()) {
                String reason = r.error().orElse(r.outcome().name());
                increments.add(new DayIncrement(r.code(), day, 1, 1, 0, 0, r.status(), reason));
                failures.add(new FailureRow(r.code(), stamp, r.outcome().name(), r.status(), r.latencyMillis(), reason));
            } else {
                increments.add(new DayIncrement(r.code(), day, 1, 0, r.latencyMillis(), r.latencyMillis(), null, null));
            }
        }
    }

    /** One transaction for the increments and failures, then the scores are told once. */
    private void store(List<DayIncrement> increments, List<FailureRow> failures) {
        if (!increments.isEmpty()) {
            jdbi.useExtension(AvailabilityDao.class, dao -> dao.record(increments, failures, configuration.getFailuresKept()));
            afterRecord.run();
        }
    }

    /** One unit's last 7 days (to {@code asOf} included), its window and its latest failures in it. */
    public UnitAvailability unit(String code, LocalDate asOf) {
        LocalDate from = asOf.minusDays(WINDOW_DAYS - 1L);
        List<DayRow> rows = jdbi.withExtension(AvailabilityDao.class, dao -> dao.days(code, from.toString(), asOf.toString()));
        Map<String, DayRow> byDay = new HashMap<>();
        rows.forEach(r -> byDay.put(r.day(), r));
        List<Day> days = new ArrayList<>(WINDOW_DAYS);
        int probes = 0;
        int failed = 0;
        for (LocalDate d = from; !d.isAfter(asOf); d = d.plusDays(1)) {
            DayRow r = byDay.get(d.toString());
            if (r == null) {
                days.add(new Day(d, 0, 0, null, 0));
                continue;
            }
            int answered = r.probes() - r.failures();
            days.add(new Day(d, r.probes(), r.failures(), answered > 0 ? r.totalLatencyMs() / answered : null,
                    r.maxLatencyMs()));
            probes += r.probes();
            failed += r.failures();
        }
        // failures up to the end of asOf's day, China time
        String before = asOf.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant().toString();
        String since = from.atStartOfDay(OFFICE_ZONE).toInstant().toString();
        List<Failure> recent = jdbi.withExtension(AvailabilityDao.class, dao -> dao.recentFailures(code, before, 20))
                .stream().filter(f -> f.probedAt().compareTo(since) >= 0)
                .map(f -> new Failure(Instant.parse(f.probedAt()), f.outcome(), f.status(), f.latencyMs(), f.reason()))
                .toList();
        return new UnitAvailability(code, asOf, days, window(from, asOf, probes, failed), recent,
                configuration.getVetoShare());
    }

    /** Every unit's 7-day window to {@code asOf}, by code (units never probed are absent). */
    public Map<String, Window> windows(LocalDate asOf) {
        LocalDate from = asOf.minusDays(WINDOW_DAYS - 1L);
        Map<String, Window> windows = new HashMap<>();
        for (SpanRow r : jdbi.withExtension(AvailabilityDao.class, dao -> dao.spans(from.toString(), asOf.toString()))) {
            windows.put(r.unitCode(), window(from, asOf, r.probes(), r.failures()));
        }
        return windows;
    }

    /** Whether the unit has the veto item 站点无法访问 as of the day (for scoring). */
    public boolean veto(String code, LocalDate asOf) {
        return Optional.ofNullable(windows(asOf).get(code)).map(Window::veto).orElse(false);
    }

    /** Every given unit's line, in the given order (a unit never probed shows 0 probes, no veto). */
    public AllUnits all(List<Unit> units, LocalDate asOf) {
        Map<String, Window> windows = windows(asOf);
        LocalDate from = asOf.minusDays(WINDOW_DAYS - 1L);
        List<UnitLine> lines = units.stream().map(u -> new UnitLine(u.code(), u.name(), u.group(),
                windows.getOrDefault(u.code(), window(from, asOf, 0, 0)))).toList();
        int vetoes = (int) lines.stream().filter(l -> l.sevenDays().veto()).count();
        return new AllUnits(asOf, configuration.getVetoShare(), vetoes, lines);
    }

    private Window window(LocalDate from, LocalDate to, int probes, int failures) {
        Double ratio = probes == 0 ? null : failures / (double) probes;
        boolean veto = ratio != null && probes >= configuration.getMinProbesForVeto()
                && ratio >= configuration.getVetoShare() - 1e-12;
        return new Window(from, to, probes, failures, ratio, ratio == null ? null : 1 - ratio, veto);
    }
}
