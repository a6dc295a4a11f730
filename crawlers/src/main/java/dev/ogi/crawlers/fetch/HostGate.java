package dev.ogi.crawlers.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-host politeness shared by every site crawl of one crawler: at most one request in flight
 * per host, and at least the host's delay between the end of one request and the start of the
 * next. Hosts shared by many units (a provincial platform) are therefore throttled once, not
 * once per unit.
 */
public final class HostGate {

    private final Function<String, Duration> delayForHost;
    private final ConcurrentHashMap<String, HostState> hosts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Duration> requestedDelays = new ConcurrentHashMap<>();

    public HostGate(Function<String, Duration> delayForHost) {
        this.delayForHost = delayForHost;
    }

    private static final class HostState {
        boolean busy;
        long nextAllowedNanos = Long.MIN_VALUE;
    }

    /**
     * Waits for this host's turn, up to the deadline (System.nanoTime based).
     *
     * @return false when the deadline passed first (nothing acquired)
     */
    public boolean acquire(String host, long deadlineNanos) throws InterruptedException {
        HostState state = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new HostState());
        synchronized (state) {
            while (true) {
                long now = System.nanoTime();
                if (now - deadlineNanos >= 0) {
                    return false;
                }
                if (!state.busy) {
                    long wait = state.nextAllowedNanos == Long.MIN_VALUE ? 0 : state.nextAllowedNanos - now;
                    if (wait <= 0) {
                        state.busy = true;
                        return true;
                    }
                    long bounded = Math.min(wait, deadlineNanos - now);
                    state.wait(Math.max(1, bounded / 1_000_000));
                } else {
                    long bounded = deadlineNanos - now;
                    state.wait(Math.max(1, bounded / 1_000_000));
                }
            }
        }
    }

    /**
     * A host asked for a longer pause (robots.txt Crawl-delay): honoured when longer than the
     * configured delay, up to a cap so one host cannot stall a round.
     */
    public void requestDelay(String host, Duration delay, Duration cap) {
        Duration bounded = delay.compareTo(cap) > 0 ? cap : delay;
        requestedDelays.merge(host.toLowerCase(Locale.ROOT), bounded, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** Ends this host's request; the next may start after the host's delay. */
    public void release(String host) {
        String key = host.toLowerCase(Locale.ROOT);
        HostState state = hosts.get(key);
        if (state == null) {
            return;
        }
        synchronized (state) {
            state.busy = false;
            Duration delay = delayForHost.apply(key);
            Duration asked = requestedDelays.get(key);
            if (asked != null && asked.compareTo(delay) > 0) {
                delay = asked;
            }
            state.nextAllowedNanos = System.nanoTime() + delay.toNanos();
            state.notifyAll();
        }
    }
}
