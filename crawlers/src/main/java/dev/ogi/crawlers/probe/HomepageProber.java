package dev.ogi.crawlers.probe;

import dev.ogi.crawlers.fetch.Charsets;
import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.fetch.Fetcher;
import dev.ogi.crawlers.fetch.HostGate;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.judge.SoftNotFound;
import dev.ogi.crawlers.judge.Texts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The availability monitor's light probe: one GET of a unit's registered homepage (and of the
 * redirects it answers with), through the crawler's {@link Fetcher} (address guard, body cap,
 * proxy) and a {@link HostGate} (one request per host at a time, the host's delay between two).
 * No retry: a probe that fails is one failure in the series, and the next probe is an hour away.
 * robots.txt is not read: a probe is one request for the page the unit registered as its public
 * front door, not a crawl, and reading robots.txt would double the requests.
 */
public final class HomepageProber implements AutoCloseable {

    private static final int SHORT_PAGE_BYTES = 8192;

    private final ProbeSettings settings;
    private final Clock clock;
    private final Fetcher fetcher;
    private final HostGate gate;

    public HomepageProber(ProbeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // connect within the probe's time; the body cap is the probe's, decompressed at most 4x that
        this.fetcher = new Fetcher(settings.userAgent(), settings.timeout(), settings.timeout(), settings.maxBodyBytes(),
                settings.maxBodyBytes() * 4, settings.proxy(), settings.allowPrivate(), clock);
        this.gate = new HostGate(this::delayFor);
    }

    public ProbeSettings settings() {
        return settings;
    }

    private Duration delayFor(String hostKey) {
        Duration exact = settings.hostDelays().get(hostKey);
        if (exact != null) {
            return exact;
        }
        int colon = hostKey.lastIndexOf(':');
        String host = colon > 0 ? hostKey.substring(0, colon) : hostKey;
        return settings.hostDelays().getOrDefault(host, settings.politeness());
    }

    /** Probes every target, {@link ProbeSettings#parallel()} at once; results in input order. */
    public List<ProbeResult> probeAll(List<ProbeTarget> targets) throws InterruptedException {
        int threads = Math.max(1, Math.min(settings.parallel(), targets.size()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ogi-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ProbeResult>> futures = new ArrayList<>(targets.size());
            for (ProbeTarget target : targets) {
                futures.add(pool.submit(() -> probe(target)));
            }
            List<ProbeResult> results = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(new ProbeResult(targets.get(i).code(), clock.instant(), ProbeResult.Outcome.SKIPPED, 0, 0, 0,
                            Optional.of("探测失败（内部错误：" + e.getCause() + "）")));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Probes one homepage; never throws for a site problem. */
    public ProbeResult probe(ProbeTarget target) throws InterruptedException {
        Instant at = clock.instant();
        Optional<URI> start = Urls.parse(Urls.withDefaultScheme(target.homepage().strip()));
        if (start.isEmpty()) {
            return new ProbeResult(target.code(), at, ProbeResult.Outcome.FAILED, 0, 0, 0,
                    Optional.of("首页地址无效：" + target.homepage()));
        }
        long begun = System.nanoTime();
        long deadline = begun + settings.timeout().toNanos();
        // waiting for a busy host is the monitor's own queue, not the site's slowness
        long gateDeadline = begun + settings.timeout().toNanos() * 4;
        URI uri = start.get();
        int requests = 0;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            String host = Urls.hostKey(uri);
            if (!gate.acquire(host, gateDeadline)) {
                return new ProbeResult(target.code(), at, ProbeResult.Outcome.SKIPPED, 0, 0, requests,
                        Optional.of("未轮到该主机（同一主机的其他请求未完成）"));
            }
            long sent = System.nanoTime();
            if (hop == 0) {
                begun = sent;
                deadline = sent + settings.timeout().toNanos();
            }
            FetchResponse response;
            try {
                long left = deadline - sent;
                if (left <= 0) {
                    return failure(target, at, ProbeResult.Outcome.TIMEOUT, begun, requests,
                            "首页在" + seconds(settings.timeout()) + "内未打开 " + uri);
                }
                requests++;
                response = fetcher.fetch(uri, Duration.ofNanos(left));
            } catch (FetchFailure f) {
                return fromFailure(target, at, f, begun, requests, uri);
            } finally {
                gate.release(host);
            }
            if (response.isRedirect()) {
                Optional<URI> next = Urls.resolve(uri, response.location().get());
                if (next.isEmpty()) {
                    return failure(target, at, ProbeResult.Outcome.FAILED, begun, requests, "首页跳转地址无效 " + uri);
                }
                uri = next.get();
                continue;
            }
            return answered(target, at, response, begun, requests);
        }
        return failure(target, at, ProbeResult.Outcome.FAILED, begun, requests,
                "首页跳转超过" + settings.maxRedirects() + "次 " + start.get());
    }

    private ProbeResult answered(ProbeTarget target, Instant at, FetchResponse response, long begun, int requests) {
        long millis = (System.nanoTime() - begun) / 1_000_000;
        int status = response.status();
        if (status >= 500) {
            return new ProbeResult(target.code(), at, ProbeResult.Outcome.SERVER_ERROR, status, millis, requests,
                    Optional.of("服务器错误（HTTP " + status + "） " + response.uri()));
        }
        if (status >= 400 || looksLikeErrorPage(response)) {
            // the server answered: not a failure of availability, but worth a note
            return new ProbeResult(target.code(), at, ProbeResult.Outcome.SOFT_ERROR, status, millis, requests,
                    Optional.of("网站有应答，但首页为错误或维护页面（HTTP " + status + "） " + response.uri()));
        }
        return new ProbeResult(target.code(), at, ProbeResult.Outcome.UP, status, millis, requests, Optional.empty());
    }

    /** Error and maintenance pages are short: a real homepage is never decoded here. */
    private static boolean looksLikeErrorPage(FetchResponse response) {
        if (response.body().length > SHORT_PAGE_BYTES) {
            return false;
        }
        String text = Texts.compact(Charsets.decode(response.body(), response.contentType().orElse(null)).text()
                .replaceAll("<[^>]*>", " "));
        return SoftNotFound.saysNotFound(text, text.length()) || saysUnavailable(text);
    }

    private static boolean saysUnavailable(String compact) {
        return compact.length() < 2000 && Texts.containsAny(compact.toLowerCase(Locale.ROOT), "系统维护", "正在维护",
                "serviceunavailable", "服务暂停", "暂停访问", "bad gateway");
    }

    private ProbeResult fromFailure(ProbeTarget target, Instant at, FetchFailure f, long begun, int requests, URI uri) {
        ProbeResult.Outcome outcome = switch (f.kind()) {
            case CONNECT_TIMEOUT, READ_TIMEOUT, SITE_TIMEOUT -> ProbeResult.Outcome.TIMEOUT;
            case DNS -> ProbeResult.Outcome.DNS;
            case REFUSED, NO_ANSWER -> ProbeResult.Outcome.REFUSED;
            // the server did answer with a page, only a bigger one than a probe reads
            case TOO_LARGE, DECOMPRESSED_TOO_LARGE -> ProbeResult.Outcome.UP;
            default -> ProbeResult.Outcome.FAILED;
        };
        if (outcome == ProbeResult.Outcome.UP) {
            return new ProbeResult(target.code(), at, outcome, 0, (System.nanoTime() - begun) / 1_000_000, requests,
                    Optional.empty());
        }
        String message = outcome == ProbeResult.Outcome.TIMEOUT
                ? "首页在" + seconds(settings.timeout()) + "内未打开 " + uri : f.getMessage();
        return failure(target, at, outcome, begun, requests, message);
    }

    private static ProbeResult failure(ProbeTarget target, Instant at, ProbeResult.Outcome outcome, long begun,
            int requests, String message) {
        return new ProbeResult(target.code(), at, outcome, 0, (System.nanoTime() - begun) / 1_000_000, requests,
                Optional.of(message));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "秒" : String.format(Locale.ROOT, "%.1f秒", ms / 1000.0);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
