package dev.ogi.crawlers.site;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.fetch.Fetcher;
import dev.ogi.crawlers.fetch.HostGate;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.model.SiteTarget;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The only way one site's crawl reaches the network: every request (pages, robots.txt, probes,
 * the one retry of a dropped connection) counts against the page budget, waits for its host's turn
 * at the shared host gate, stops at the site's deadline and is reported to the listener.
 */
final class SiteFetcher {

    private final SiteTarget target;
    private final Fetcher fetcher;
    private final HostGate gate;
    private final CrawlListener listener;
    private final CpuTurns.Turn turn;
    private int pageBudget;
    private final Duration readTimeout;
    private final Duration siteTimeout;
    private final long deadlineNanos;
    private int requests;
    private boolean timedOut;
    private boolean budgetSpent;

    SiteFetcher(SiteTarget target, Fetcher fetcher, HostGate gate, CpuTurns.Turn turn, CrawlListener listener,
                int pageBudget, Duration readTimeout, Duration siteTimeout) {
        this.turn = turn;
        this.target = target;
        this.fetcher = fetcher;
        this.gate = gate;
        this.listener = listener;
        this.pageBudget = pageBudget;
        this.readTimeout = readTimeout;
        this.siteTimeout = siteTimeout;
        this.deadlineNanos = System.nanoTime() + siteTimeout.toNanos();
    }

    /**
     * One polite request (no redirects followed). A connection the host closed before answering
     * is tried once more, as a request of its own: after the host's delay at the gate and counted
     * against the budget (the JDK's clients would resend at once, behind the gate's back).
     */
    FetchResponse fetch(URI url) throws FetchFailure, InterruptedException {
        try {
            return fetchOnce(url);
        } catch (FetchFailure f) {
            if (f.kind() != FetchFailure.Kind.NO_ANSWER || !budgetLeft() || expired()) {
                throw f;
            }
            return fetchOnce(url);
        }
    }

    private FetchResponse fetchOnce(URI url) throws FetchFailure, InterruptedException {
        if (requests >= pageBudget) {
            budgetSpent = true;
            throw new FetchFailure(FetchFailure.Kind.BUDGET, "已达每站页面上限（" + pageBudget + "）");
        }
        String host = Urls.hostKey(url);
        turn.give(); // others compute while this crawl waits for its host and the answer
        try {
            return politeFetch(url, host);
        } finally {
            turn.take();
        }
    }

    private FetchResponse politeFetch(URI url, String host) throws FetchFailure, InterruptedException {
        if (!gate.acquire(host, deadlineNanos)) {
            timedOut = true;
            throw new FetchFailure(FetchFailure.Kind.SITE_TIMEOUT, "站点检查超时（" + seconds(siteTimeout) + "）");
        }
        requests++;
        int status = 0;
        try {
            long remaining = (deadlineNanos - System.nanoTime()) / 1_000_000;
            Duration timeout = Duration.ofMillis(Math.max(1, Math.min(readTimeout.toMillis(), remaining)));
            FetchResponse response = fetcher.fetch(url, timeout);
            status = response.status();
            return response;
        } catch (FetchFailure f) {
            status = f.status();
            if (f.kind() == FetchFailure.Kind.READ_TIMEOUT && expired()) {
                timedOut = true;
            }
            throw f;
        } finally {
            gate.release(host);
            listener.pageFetched(target, url.toString(), status);
        }
    }

    /** Asks the shared gate to keep a longer delay for this host (robots.txt Crawl-delay). */
    void requestDelay(String hostKey, Duration delay, Duration max) {
        gate.requestDelay(hostKey, delay, max);
    }

    /** Adds requests to the budget (the website checks' own allowance, after exploring). */
    void grant(int requests) {
        pageBudget = Math.max(pageBudget, this.requests) + requests;
    }

    boolean expired() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    boolean budgetLeft() {
        return requests < pageBudget;
    }

    int requests() {
        return requests;
    }

    int pageBudget() {
        return pageBudget;
    }

    boolean timedOut() {
        return timedOut;
    }

    void markTimedOut() {
        timedOut = true;
    }

    void markBudgetSpent() {
        budgetSpent = true;
    }

    boolean budgetSpent() {
        return budgetSpent;
    }

    Duration siteTimeout() {
        return siteTimeout;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "秒" : String.format(Locale.ROOT, "%.1f秒", ms / 1000.0);
    }
}
