package dev.ogi.server.scores;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.rank.ProgressReport;
import dev.ogi.reports.rank.Ranking;
import dev.ogi.reports.rank.Rankings;
import dev.ogi.reports.rank.Standings;
import dev.ogi.reports.rank.Trends;
import dev.ogi.reports.score.ScoringEngine;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.reports.rank.UnitGroup;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Scores as of a day, computed by the pure {@link ScoringEngine} from what the database holds and
 * cached per (campaign, day, data version), so a ranking call is a map lookup.
 *
 * <p>The data version is an in-memory generation that the services writing scored data bump
 * through {@link #invalidate()} (a crawl round finished, a declaration approved, an override
 * made), combined with a fingerprint of those tables re-read in the background at most once a
 * second while requests come, so a write by another process (a command, another node) is noticed
 * about a second later, and no request waits for the read.
 */
public final class ScoreService {

    // a snapshot of 2,000 units with reasons is several MB: keep the recent days only
    private static final int MAX_SNAPSHOTS = 16;
    private static final long FINGERPRINT_EVERY_MILLIS = 1000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScoreService.class);
    private static final java.util.concurrent.Executor FINGERPRINT_READER = java.util.concurrent.Executors
            .newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "score-fingerprint");
                thread.setDaemon(true);
                return thread;
            });

    private final Jdbi jdbi;
    private final ScoreFactsLoader loader;
    private final ScoringEngine engine = new ScoringEngine();
    private final AtomicLong generation = new AtomicLong();
    private final Timer computeTimer;
    private final Map<String, ScoreSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Long> snapshotAge = new ConcurrentHashMap<>();
    private final AtomicLong snapshotCounter = new AtomicLong();
    private final Object computeLock = new Object();
    private volatile String fingerprint = "";
    private volatile long fingerprintReadAt;
    private volatile boolean fingerprintStale = true;
    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile LoadedFacts loaded;

    private record LoadedFacts(String campaignId, String dataVersion, List<UnitFacts> facts) {
    }

    public ScoreService(Jdbi jdbi, MetricRegistry metrics) {
        this.jdbi = jdbi;
        this.loader = new ScoreFactsLoader(jdbi);
        this.computeTimer = metrics.timer(MetricRegistry.name(ScoreService.class, "compute"));
    }

    /**
     * Forgets every cached score. Call it after writing anything scores read: a crawl round
     * finished, a declaration version approved, an override made, the registry edited.
     */
    public void invalidate() {
        generation.incrementAndGet();
        fingerprintStale = true;
        snapshots.clear();
        snapshotAge.clear();
    }

    /** Every active unit's score as of the day, in unit code order. */
    public List<UnitScore> scores(Campaign campaign, LocalDate asOf) {
        return snapshot(campaign, asOf).scores();
    }

    public Optional<UnitScore> score(Campaign campaign, String unitCode, LocalDate asOf) {
        return Optional.ofNullable(snapshot(campaign, asOf).byCode().get(unitCode));
    }

    /**
     * The ranking of a group as of the day.
     *
     * @param previousRanks ranks to measure the change against (the last bulletin's); empty to
     *                      use the ranking as of the previous crawl round
     */
    public Ranking ranking(Campaign campaign, String group, LocalDate asOf, Optional<Map<String, Integer>> previousRanks) {
        ScoreSnapshot snapshot = snapshot(campaign, asOf);
        if (previousRanks.isPresent()) {
            return Rankings.rank(snapshot.scores(), group, asOf, previousRanks.get());
        }
        Ranking ranking = snapshot.rankings().get(group);
        return ranking != null ? ranking : new Ranking(group, asOf, List.of());
    }

    /** Each unit code's rank within its group as of a day (for a bulletin to archive). */
    public Map<String, Integer> ranksAsOf(Campaign campaign, LocalDate asOf) {
        Map<String, Integer> ranks = new HashMap<>();
        snapshot(campaign, asOf).rankings().values().forEach(r -> ranks.putAll(r.ranksByCode()));
        return ranks;
    }

    ScoreSnapshot snapshot(Campaign campaign, LocalDate asOf) {
        String version = dataVersion();
        String key = campaign.id() + "|" + campaign.contentHash() + "|" + asOf + "|" + version;
        ScoreSnapshot cached = snapshots.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (computeLock) {
            cached = snapshots.get(key);
            if (cached != null) {
                return cached;
            }
            try (Timer.Context ignored = computeTimer.time()) {
                ScoreSnapshot snapshot = compute(campaign, asOf, version, facts(campaign, version));
                if (snapshots.size() >= MAX_SNAPSHOTS) {
                    evictOldest();
                }
                snapshots.put(key, snapshot);
                snapshotAge.put(key, snapshotCounter.incrementAndGet());
                return snapshot;
            }
        }
    }

    private void evictOldest() {
        snapshotAge.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(oldest -> {
            snapshots.remove(oldest.getKey());
            snapshotAge.remove(oldest.getKey());
        });
    }

    private List<UnitFacts> facts(Campaign campaign, String version) {
        LoadedFacts current = loaded;
        if (current != null && current.campaignId().equals(campaign.id()) && current.dataVersion().equals(version)) {
            return current.facts();
        }
        List<UnitFacts> facts = loader.load(campaign.id());
        loaded = new LoadedFacts(campaign.id(), version, facts);
        return facts;
    }

    /** The generation, and the tables' fingerprint as last read (at most a second old). */
    String dataVersion() {
        long now = System.nanoTime() / 1_000_000;
        if (fingerprintStale) {
            refreshFingerprint(now);   // first use, or just after a write of this process: read it now
        } else if (now - fingerprintReadAt >= FINGERPRINT_EVERY_MILLIS && refreshing.compareAndSet(false, true)) {
            // the fingerprint scans the scored tables: off the request path, so no reader waits for it
            FINGERPRINT_READER.execute(() -> {
                try {
                    refreshFingerprint(System.nanoTime() / 1_000_000);
                } catch (RuntimeException e) {
                    LOG.debug("score data fingerprint not read", e);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return generation.get() + "#" + fingerprint;
    }

    private synchronized void refreshFingerprint(long now) {
        String read = loader.fingerprint();
        if (!read.equals(fingerprint)) {
            snapshots.clear();
            snapshotAge.clear();
        }
        fingerprint = read;
        fingerprintReadAt = now;
        fingerprintStale = false;
    }

    private ScoreSnapshot compute(Campaign campaign, LocalDate asOf, String version, List<UnitFacts> facts) {
        List<UnitScore> scores = engine.scoreAll(campaign, facts, asOf);
        Map<String, UnitScore> byCode = new HashMap<>();
        scores.forEach(s -> byCode.put(s.unit().code(), s));

        List<LocalDate> days = Trends.roundDays(facts, asOf);
        Map<String, double[]> series = new HashMap<>();
        for (UnitFacts unit : facts) {
            series.put(unit.unit().code(), engine.totals(campaign, unit, days));
        }

        Standings standings = Standings.of(scores, asOf, days, series, UnitGroup.orderedLabels());
        return new ScoreSnapshot(campaign, asOf, version, scores, byCode, standings.previousAsOf(),
                standings.rankings(), ProgressReport.of(campaign, scores, asOf), days, series,
                standings.groupAverages(), standings.overall(), new ConcurrentHashMap<>());
    }

    Jdbi jdbi() {
        return jdbi;
    }
}
