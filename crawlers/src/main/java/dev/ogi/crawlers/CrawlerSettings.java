package dev.ogi.crawlers;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the crawler behaves. Immutable; {@link #defaults()} gives the settings for real
 * government sites, and the {@code with...} methods give adjusted copies.
 *
 * @param userAgent              honest user agent sent with every request and matched against
 *                               robots.txt (its product token, lower-cased)
 * @param politenessDelay        the pause between two requests to one host (default 1 s)
 * @param hostDelays             per-host overrides of the delay (lower-cased host names), so the
 *                               demo can go faster against its own simulated hosts only
 * @param connectTimeout         TCP connect timeout
 * @param readTimeout            the longest wait for one response (headers and body)
 * @param siteTimeout            the longest time one whole site may take
 * @param maxDepth               the deepest link distance from the homepage explored
 * @param pageBudget             the most requests spent on one site (robots.txt and probes
 *                               included; catalogue pagination included)
 * @param maxBodyBytes           the largest body read (as sent on the wire)
 * @param maxDecompressedBytes   the largest body after gzip/deflate decoding
 * @param maxRedirects           the longest redirect chain followed (HTTP, meta refresh, script)
 * @param proxy                  HTTP forward proxy; when set, the proxy resolves host names
 * @param allowPrivateAddresses  allow loopback/private/link-local destinations (tests, demo)
 * @param ogiPlatformHosts       hosts counted as part of every unit's site (a provincial OGI
 *                               platform, say), lower-cased
 * @param parallelSites          how many sites are crawled at once
 */
public record CrawlerSettings(
        String userAgent,
        Duration politenessDelay,
        Map<String, Duration> hostDelays,
        Duration connectTimeout,
        Duration readTimeout,
        Duration siteTimeout,
        int maxDepth,
        int pageBudget,
        long maxBodyBytes,
        long maxDecompressedBytes,
        int maxRedirects,
        Optional<InetSocketAddress> proxy,
        boolean allowPrivateAddresses,
        Set<String> ogiPlatformHosts,
        int parallelSites) {

    public static final String DEFAULT_USER_AGENT =
            "OGI-Readiness-Crawler/1.0 (+https://github.com/ogi-readiness/crawler; government website OGI check)";

    public CrawlerSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(politenessDelay, "politenessDelay");
        hostDelays = Map.copyOf(hostDelays.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b)));
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(siteTimeout, "siteTimeout");
        proxy = proxy == null ? Optional.empty() : proxy;
        ogiPlatformHosts = ogiPlatformHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (maxDepth < 0 || pageBudget < 1 || maxBodyBytes < 1 || maxDecompressedBytes < 1
                || maxRedirects < 0 || parallelSites < 1) {
            throw new IllegalArgumentException("crawler settings out of range: " + pageBudget
                    + " pages, depth " + maxDepth + ", " + parallelSites + " parallel sites");
        }
    }

    /** Settings for real government websites. */
    public static CrawlerSettings defaults() {
        return new CrawlerSettings(
                DEFAULT_USER_AGENT,
                Duration.ofSeconds(1),
                Map.of(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                Duration.ofMinutes(5),
                4,
                60,
                5L * 1024 * 1024,
                20L * 1024 * 1024,
                5,
                Optional.empty(),
                false,
                Set.of(),
                32);
    }

    /** The delay to keep between two requests to this host. */
    public Duration delayFor(String host) {
        return hostDelays.getOrDefault(host.toLowerCase(Locale.ROOT), politenessDelay);
    }

    public CrawlerSettings withUserAgent(String v) {
        return new CrawlerSettings(v, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withPolitenessDelay(Duration v) {
        return new CrawlerSettings(userAgent, v, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withHostDelays(Map<String, Duration> v) {
        return new CrawlerSettings(userAgent, politenessDelay, v, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withConnectTimeout(Duration v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, v, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withReadTimeout(Duration v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, v, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withSiteTimeout(Duration v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, v,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withMaxDepth(int v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                v, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withPageBudget(int v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, v, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withMaxBodyBytes(long v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, v, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withMaxDecompressedBytes(long v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, v, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withMaxRedirects(int v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, v, proxy,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withProxy(Optional<InetSocketAddress> v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, v,
                allowPrivateAddresses, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withProxy(InetSocketAddress v) {
        return withProxy(Optional.ofNullable(v));
    }

    public CrawlerSettings withAllowPrivateAddresses(boolean v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                v, ogiPlatformHosts, parallelSites);
    }

    public CrawlerSettings withOgiPlatformHosts(Set<String> v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, v, parallelSites);
    }

    public CrawlerSettings withParallelSites(int v) {
        return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout, siteTimeout,
                maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                allowPrivateAddresses, ogiPlatformHosts, v);
    }

    /** Parses "host:port" as written in config ({@code crawler.proxy}). */
    public static InetSocketAddress parseProxy(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("代理地址应为 主机:端口，例如 10.1.2.3:8080，而不是 “" + hostPort + "”");
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("代理端口不是数字：“" + hostPort + "”");
        }
        return InetSocketAddress.createUnresolved(hostPort.substring(0, colon).trim(), port);
    }
}
