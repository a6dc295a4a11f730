package dev.ogi.server.crawls;

import dev.ogi.server.core.Instants;
import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.Crawler;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.Unit;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs crawl rounds and stores them: one {@code crawl_rounds} row per round, one
 * {@code site_checks} row (with its evidence) per unit, written as each site finishes, so a crash
 * mid-round keeps what was written and an error on one unit never loses another's findings.
 * A site that fails keeps its last good findings ({@code carried_over = 1}) until it has failed
 * {@code failuresBeforeMissing} rounds in a row. One round runs at a time.
 */
public final class CrawlService implements Managed {

    /** What crawls a list of sites; the real crawler, or another one (the demo's, a test's). */
    @FunctionalInterface
    public interface Engine {
        List<SiteResult> crawl(List<SiteTarget> targets, CrawlListener listener);
    }

    /** A running round's progress, as {@code GET /api/crawls/current} shows it ({@code status} as in {@link CrawlRound}). */
    public record Progress(boolean running, Long roundId, String trigger, String asOf, String startedAt, int unitsTotal,
            int unitsDone, int pagesFetched, int errors, String status) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

    private final CrawlDao dao;
    private final CheckWriter writer;
    private final Clock clock;
    private final int failuresBeforeMissing;
    private final CrawlerSettings settings;
    private final AtomicReference<RunningRound> current = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crawl-round");
        t.setDaemon(true);
        return t;
    });
    private volatile Crawler crawler;
    private volatile boolean stopping;
    private volatile Engine engineOverride;
    private volatile ShardedRounds sharded;

    private final List<java.util.function.Consumer<LocalDate>> roundListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public CrawlService(Jdbi jdbi, Clock clock, CrawlerSettings settings, int failuresBeforeMissing) {
        this.dao = jdbi.onDemand(CrawlDao.class);
        this.writer = new CheckWriter(dao, clock, failuresBeforeMissing);
        this.clock = clock;
        this.settings = settings;
        this.failuresBeforeMissing = failuresBeforeMissing;
    }

    public CrawlDao dao() {
        return dao;
    }

    public CrawlerSettings settings() {
        return settings;
    }

    /**
     * Makes every later round (API, schedule, re-checks) use this engine instead of the configured
     * crawler: the demo points them at its simulated websites, so no request leaves the machine.
     */
    public void overrideEngine(Engine engine) {
        this.engineOverride = engine;
    }

    /** The configured crawler, made on first use and kept (it holds the per-host politeness). */
    public synchronized Engine defaultEngine() {
        if (engineOverride != null) {
            return engineOverride;
        }
        if (crawler == null) {
            crawler = new Crawler(settings);
        }
        Crawler c = crawler;
        return c::crawlAll;
    }

    /**
     * Makes rounds started in the background shared by the cluster's nodes (PostgreSQL): their
     * shards run on whichever nodes take them, and no round left running is this node's to fail.
     */
    public void distribute(ShardedRounds rounds) {
        this.sharded = rounds;
    }

    /** Whether rounds are shared by a cluster rather than run in this process. */
    public boolean isDistributed() {
        return sharded != null;
    }

    /**
     * Starts a round in the background (in a cluster: its shards, on any node); the returned round
     * is the stored "running" row.
     */
    public CrawlRound startInBackground(String trigger, LocalDate asOf, List<Unit> units) {
        ShardedRounds distributed = sharded;
        if (distributed != null) {
            return distributed.start(trigger, asOf, units);
        }
        RunningRound round = claim(trigger, asOf, units.size());
        try {
            background.submit(() -> execute(round, units, defaultEngine(), CrawlListener.NONE));
        } catch (RuntimeException e) {
            current.set(null);
            throw e;
        }
        return dao.round(round.id).orElseThrow();
    }

    /** Runs a round now, in this thread, and returns the stored round once it has ended. */
    public CrawlRound runNow(String trigger, LocalDate asOf, List<Unit> units, Engine engine, CrawlListener listener) {
        RunningRound round = claim(trigger, asOf, units.size());
        execute(round, units, engine, listener);
        return dao.round(round.id).orElseThrow();
    }

    public CrawlRound runNow(String trigger, LocalDate asOf, List<Unit> units) {
        return runNow(trigger, asOf, units, defaultEngine(), CrawlListener.NONE);
    }

    /** A unit's checks, newest first, with their evidence and the first days its guide and catalogue were seen. */
    public UnitChecks history(String unitCode, int limit) {
        return CheckHistory.read(dao, unitCode, limit);
    }

    public boolean isRunning() {
        if (sharded != null) {
            return dao.rounds(1).stream().anyMatch(r -> CrawlRound.RUNNING.equals(r.status()));
        }
        return current.get() != null;
    }

    /** Whether this node is stopping (a shard cut off by it is handed over, not stored). */
    boolean isStopping() {
        return stopping;
    }

    CheckWriter writer() {
        return writer;
    }

    /** What the crawler is given for a unit. */
    static SiteTarget target(Unit u) {
        return new SiteTarget(u.code(), u.name(), u.group(), u.homepage() == null ? "" : u.homepage(),
                java.util.Optional.ofNullable(u.ogiUrl()));
    }

    public Progress progress() {
        RunningRound r = current.get();
        if (r != null && r.id > 0) {
            return new Progress(true, r.id, r.trigger, r.asOf.toString(), Instants.text(r.startedAt), r.total,
                    r.done.get(), r.pages.get(), r.errors.get(), CrawlRound.RUNNING);
        }
        return dao.rounds(1).stream().findFirst()
                .map(last -> new Progress(CrawlRound.RUNNING.equals(last.status()), last.id(), last.triggerSource(),
                        last.asOf(), last.startedAt(), last.unitsTotal(), last.unitsDone(), last.pagesFetched(), last.errors(),
                        last.status()))
                .orElse(new Progress(false, null, null, null, null, 0, 0, 0, 0, null));
    }

    private RunningRound claim(String trigger, LocalDate asOf, int total) {
        RunningRound round = new RunningRound(trigger, asOf, clock.instant(), total);
        if (!current.compareAndSet(null, round)) {
            RunningRound other = current.get();
            throw DomainException.conflict("已有一轮网站检查正在进行" + (other == null ? "" : "（第 " + other.id + " 轮，已完成 "
                    + other.done.get() + "/" + other.total + " 个单位）") + "，请等它结束后再试");
        }
        try {
            round.id = dao.insertRound(Instants.text(round.startedAt), asOf.toString(), trigger, total);
        } catch (RuntimeException e) {
            current.set(null);
            throw e;
        }
        return round;
    }

    private void execute(RunningRound round, List<Unit> units, Engine engine, CrawlListener extra) {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        CrawlListener listener = new CrawlListener() {
            @Override
            public void siteStarted(SiteTarget target) {
                extra.siteStarted(target);
            }

            @Override
            public void pageFetched(SiteTarget target, String url, int status) {
                extra.pageFetched(target, url, status);
            }

            @Override
            public void siteFinished(SiteResult result) {
                // a site cut off by the service stopping was not checked: storing it would count
                // as the site's failure and end its carry-over
                if (!stopping && stored.add(result.code())) {
                    store(round, result);
                }
                extra.siteFinished(result);
            }
        };
        String status = CrawlRound.FINISHED;
        String failure = null;
        try {
            List<SiteTarget> targets = units.stream().map(CrawlService::target).toList();
            List<SiteResult> results = engine.crawl(targets, listener);
            for (SiteResult result : results) {
                if (!stopping && result != null && stored.add(result.code())) {
                    store(round, result);
                }
            }
            if (stopping) {
                status = CrawlRound.STOPPED;
                failure = stoppedMessage(round);
            }
        } catch (Throwable t) {
            if (stopping) {
                status = CrawlRound.STOPPED;
                failure = stoppedMessage(round);
            } else {
                LOG.error("crawl round {} failed", round.id, t);
                status = CrawlRound.FAILED;
                failure = "本轮检查中途出错（已写入的 " + round.done.get() + " 个单位的结果保留）：" + t;
            }
        } finally {
            // a stop interrupts this thread; the pool would refuse the connection that records it
            Thread.interrupted();
            try {
                dao.finish(round.id, status, Instants.text(clock.instant()), round.done.get(), round.pages.get(),
                        round.errors.get(), failure);
                // still "running" meanwhile: a caller waiting for the round sees what follows it too
                if (CrawlRound.FINISHED.equals(status)) {
                    afterFinished(round.id, round.asOf);
                }
            } finally {
                current.set(null);
            }
        }
    }

    /** What follows a finished round (on the node that finished it). */
    void afterFinished(long roundId, LocalDate asOf) {
        for (java.util.function.Consumer<LocalDate> roundListener : roundListeners) {
            try {
                roundListener.accept(asOf);
            } catch (RuntimeException e) {
                LOG.error("after crawl round {}: {}", roundId, e.getMessage(), e);
            }
        }
    }

    /** Called after each round that finished (freezing standings, alerting units), in the round's thread. */
    public void onRoundFinished(java.util.function.Consumer<LocalDate> listener) {
        roundListeners.add(listener);
    }

    private static String stoppedMessage(RunningRound round) {
        return "服务停止，本轮检查在完成 " + round.done.get() + "/" + round.total
                + " 个单位时中止；未检查完的单位不计为网站故障，已写入的结果保留";
    }

    /** Stores one unit's result; a failure here is that unit's error, never the round's. */
    private synchronized void store(RunningRound round, SiteResult result) {
        round.pages.addAndGet(Math.max(0, result.pagesFetched()));
        try {
            writer.write(round.id, round.asOf, round.startedAt, result, false);
            if (CheckWriter.isError(result)) {
                round.errors.incrementAndGet();
            }
        } catch (RuntimeException e) {
            LOG.error("the check of unit {} in round {} could not be stored", result.code(), round.id, e);
            round.errors.incrementAndGet();
        } finally {
            round.done.incrementAndGet();
            try {
                dao.progress(round.id, round.done.get(), round.pages.get(), round.errors.get());
            } catch (RuntimeException e) {
                LOG.warn("progress of round {} not stored: {}", round.id, e.toString());
            }
        }
    }

    @Override
    public void start() {
        if (sharded != null) {
            // a round left running is still the cluster's: its shards are recovered by the nodes
            return;
        }
        int abandoned = dao.failAbandoned(Instants.text(clock.instant()));
        if (abandoned > 0) {
            LOG.warn("{} crawl round(s) left running by an earlier process marked failed", abandoned);
        }
    }

    @Override
    public void stop() {
        stopping = true;
        background.shutdownNow();
        Crawler c = crawler;
        if (c != null) {
            c.close();
        }
        try {
            // let the round's thread record the round as stopped while the database is still open
            if (!background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("the crawl round did not stop within 10 s; it is marked when the service next starts");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class RunningRound {
        final String trigger;
        final LocalDate asOf;
        final Instant startedAt;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger pages = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        volatile long id;

        RunningRound(String trigger, LocalDate asOf, Instant startedAt, int total) {
            this.trigger = trigger;
            this.asOf = asOf;
            this.startedAt = startedAt;
            this.total = total;
        }
    }
}
