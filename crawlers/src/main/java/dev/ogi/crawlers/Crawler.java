package dev.ogi.crawlers;

import dev.ogi.crawlers.fetch.Fetcher;
import dev.ogi.crawlers.fetch.HostGate;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.GuideFinding;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.site.CpuTurns;
import dev.ogi.crawlers.site.SiteCrawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crawls units' websites and judges their OGI guide and catalogue. One instance may serve many
 * rounds; it holds the HTTP client and the per-host politeness state shared across sites (so a
 * platform host shared by many units is throttled once).
 */
public final class Crawler implements AutoCloseable {

    private final CrawlerSettings settings;
    private final Clock clock;
    private final Fetcher fetcher;
    private final HostGate gate;
    private final CpuTurns turns = CpuTurns.forProcessors();

    public Crawler(CrawlerSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** With the clock that stamps evidence and results (the demo's as-of clock, say). */
    public Crawler(CrawlerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.fetcher = new Fetcher(settings.userAgent(), settings.connectTimeout(), settings.readTimeout(),
                settings.maxBodyBytes(), settings.maxDecompressedBytes(), settings.proxy(),
                settings.allowPrivateAddresses(), clock);
        this.gate = new HostGate(this::delayFor);
    }

    private Duration delayFor(String hostKey) {
        Duration exact = settings.hostDelays().get(hostKey);
        if (exact != null) {
            return exact;
        }
        int colon = hostKey.lastIndexOf(':');
        return settings.delayFor(colon > 0 && hostKey.indexOf(':') == colon ? hostKey.substring(0, colon) : hostKey);
    }

    public CrawlerSettings settings() {
        return settings;
    }

    /** Crawls one site; never throws for a site problem, it is reported in the result's error. */
    public SiteResult crawlSite(SiteTarget target) {
        return crawlSite(target, CrawlListener.NONE);
    }

    public SiteResult crawlSite(SiteTarget target, CrawlListener listener) {
        Instant started = clock.instant();
        listener.siteStarted(target);
        SiteResult result;
        try {
            result = new SiteCrawl(target, settings, fetcher, gate, turns, listener, clock).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = failed(target, started, "检查被中止");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            result = failed(target, started, "检查失败（内部错误：" + e + "）");
        }
        listener.siteFinished(result);
        return result;
    }

    private SiteResult failed(SiteTarget target, Instant started, String error) {
        return new SiteResult(target.code(), target.homepage(), false, error, false, 0, false, started,
                clock.instant(), GuideFinding.missing(), CatalogueFinding.missing());
    }

    /**
     * Crawls every site, {@link CrawlerSettings#parallelSites()} at once; results in input order.
     * A failure on one site becomes that site's error and never stops the round.
     */
    public List<SiteResult> crawlAll(List<SiteTarget> targets, CrawlListener listener) {
        int threads = Math.max(1, Math.min(settings.parallelSites(), targets.size()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ogi-site-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SiteResult>> futures = new ArrayList<>(targets.size());
            long spread = startSpread(targets.subList(0, threads)).toNanos();
            for (int i = 0; i < targets.size(); i++) {
                SiteTarget target = targets.get(i);
                long startAfter = i < threads ? spread * i / threads : 0;
                futures.add(pool.submit(() -> startAfter(startAfter, target, listener)));
            }
            List<SiteResult> results = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(failed(targets.get(i), clock.instant(), "检查失败（内部错误：" + e.getCause() + "）"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    for (int j = i; j < targets.size(); j++) {
                        results.add(failed(targets.get(j), clock.instant(), "检查被中止"));
                    }
                    return results;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The first sites of a round start spread over one politeness delay rather than all at once:
     * started together, their requests, answers and parses come in waves (a thousand pages parsed
     * in the same instant, then nothing for a second) and each wave queues for the CPU and at the
     * servers. Spread, the round's load is even. It costs at most one delay a round (the shortest
     * of the first sites' hosts, at most 5 s); later sites start when a slot frees, already spread.
     */
    private Duration startSpread(List<SiteTarget> firstSites) {
        if (firstSites.size() < 2) {
            return Duration.ZERO;
        }
        Duration spread = MAX_START_SPREAD;
        for (SiteTarget target : firstSites) {
            Duration delay;
            try {
                delay = delayFor(Urls.hostKey(URI.create(Urls.withDefaultScheme(target.homepage()))).toLowerCase(Locale.ROOT));
            } catch (RuntimeException malformed) {
                continue; // the site's own crawl reports its address
            }
            if (delay.compareTo(spread) < 0) {
                spread = delay;
            }
        }
        return spread.isNegative() ? Duration.ZERO : spread;
    }

    private static final Duration MAX_START_SPREAD = Duration.ofSeconds(5);

    private SiteResult startAfter(long nanos, SiteTarget target, CrawlListener listener) {
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(target, clock.instant(), "检查被中止");
            }
        }
        return crawlSite(target, listener);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
