package dev.ogi.crawlers.probe;

import dev.ogi.crawlers.CrawlerSettings;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the availability monitor probes homepages: the crawler's identity, proxy, address rule and
 * per-host delays, plus the probe's own limits.
 *
 * @param userAgent      the crawler's honest user agent
 * @param timeout        a homepage that has not answered within this time (redirects included) is down
 * @param maxBodyBytes   the most of a homepage read; a bigger one still counts as answered
 * @param maxRedirects   HTTP redirects followed from the registered homepage
 * @param parallel       probes in flight at once (still one request per host)
 * @param proxy          forward proxy, as the crawler's
 * @param allowPrivate   allow loopback and private destinations (tests and the demo only)
 * @param politeness     pause between two requests to one host
 * @param hostDelays     per-host pauses overriding {@code politeness} (the demo's simulated hosts)
 */
public record ProbeSettings(String userAgent, Duration timeout, long maxBodyBytes, int maxRedirects, int parallel,
        Optional<InetSocketAddress> proxy, boolean allowPrivate, Duration politeness, Map<String, Duration> hostDelays) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    public ProbeSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(proxy, "proxy");
        hostDelays = Map.copyOf(hostDelays);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the probe timeout must be positive, not " + timeout);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the probe's body cap must be at least 1 KiB, not " + maxBodyBytes);
        }
        if (maxRedirects < 0 || parallel < 1) {
            throw new IllegalArgumentException("maxRedirects must be >= 0 and parallel >= 1");
        }
    }

    /** The crawler's identity, proxy, address rule and delays with the given probe timeout. */
    public static ProbeSettings from(CrawlerSettings crawler, Duration timeout) {
        return new ProbeSettings(crawler.userAgent(), timeout, DEFAULT_MAX_BODY_BYTES, 3,
                Math.max(1, Math.min(16, crawler.parallelSites())), crawler.proxy(), crawler.allowPrivateAddresses(),
                crawler.politenessDelay(), crawler.hostDelays());
    }

    public ProbeSettings withTimeout(Duration v) {
        return new ProbeSettings(userAgent, v, maxBodyBytes, maxRedirects, parallel, proxy, allowPrivate, politeness, hostDelays);
    }

    public ProbeSettings withParallel(int v) {
        return new ProbeSettings(userAgent, timeout, maxBodyBytes, maxRedirects, v, proxy, allowPrivate, politeness, hostDelays);
    }

    public ProbeSettings withProxy(Optional<InetSocketAddress> v) {
        return new ProbeSettings(userAgent, timeout, maxBodyBytes, maxRedirects, parallel, v, allowPrivate, politeness, hostDelays);
    }

    public ProbeSettings withHostDelays(Map<String, Duration> v) {
        return new ProbeSettings(userAgent, timeout, maxBodyBytes, maxRedirects, parallel, proxy, allowPrivate, politeness, v);
    }

    public ProbeSettings withAllowPrivate(boolean v) {
        return new ProbeSettings(userAgent, timeout, maxBodyBytes, maxRedirects, parallel, proxy, v, politeness, hostDelays);
    }
}
