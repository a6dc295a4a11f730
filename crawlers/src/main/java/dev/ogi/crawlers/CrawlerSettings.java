package dev.ogi.crawlers;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * How the crawler behaves. Immutable; {@link #defaults()} gives the settings for real
 * government sites, {@link #builder()} and {@link #toBuilder()} adjusted ones, and each
 * {@code with...} method a copy with one value changed.
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
 * @param websiteChecks          read the website facts too (freshness, broken OGI links, online
 *                               requests, annual report; on by default; off only to measure
 *                               what they cost)
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
        int parallelSites,
        boolean websiteChecks) {

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
        return builder().build();
    }

    /** A builder starting from the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userAgent = userAgent;
        b.politenessDelay = politenessDelay;
        b.hostDelays = hostDelays;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.siteTimeout = siteTimeout;
        b.maxDepth = maxDepth;
        b.pageBudget = pageBudget;
        b.maxBodyBytes = maxBodyBytes;
        b.maxDecompressedBytes = maxDecompressedBytes;
        b.maxRedirects = maxRedirects;
        b.proxy = proxy;
        b.allowPrivateAddresses = allowPrivateAddresses;
        b.ogiPlatformHosts = ogiPlatformHosts;
        b.parallelSites = parallelSites;
        b.websiteChecks = websiteChecks;
        return b;
    }

    /** The delay to keep between two requests to this host. */
    public Duration delayFor(String host) {
        return hostDelays.getOrDefault(host.toLowerCase(Locale.ROOT), politenessDelay);
    }

    /** A copy with the values the change sets, checked as the constructor checks them. */
    public CrawlerSettings with(Consumer<Builder> change) {
        Builder b = toBuilder();
        change.accept(b);
        return b.build();
    }

    // Copies with one value changed (shorthands for with(...), kept for the callers).
    public CrawlerSettings withUserAgent(String v) { return with(b -> b.userAgent = v); }
    public CrawlerSettings withPolitenessDelay(Duration v) { return with(b -> b.politenessDelay = v); }
    public CrawlerSettings withHostDelays(Map<String, Duration> v) { return with(b -> b.hostDelays = v); }
    public CrawlerSettings withConnectTimeout(Duration v) { return with(b -> b.connectTimeout = v); }
    public CrawlerSettings withReadTimeout(Duration v) { return with(b -> b.readTimeout = v); }
    public CrawlerSettings withSiteTimeout(Duration v) { return with(b -> b.siteTimeout = v); }
    public CrawlerSettings withMaxDepth(int v) { return with(b -> b.maxDepth = v); }
    public CrawlerSettings withPageBudget(int v) { return with(b -> b.pageBudget = v); }
    public CrawlerSettings withMaxBodyBytes(long v) { return with(b -> b.maxBodyBytes = v); }
    public CrawlerSettings withMaxDecompressedBytes(long v) { return with(b -> b.maxDecompressedBytes = v); }
    public CrawlerSettings withMaxRedirects(int v) { return with(b -> b.maxRedirects = v); }
    public CrawlerSettings withProxy(Optional<InetSocketAddress> v) { return with(b -> b.proxy = v); }
    public CrawlerSettings withProxy(InetSocketAddress v) { return withProxy(Optional.ofNullable(v)); }
    public CrawlerSettings withAllowPrivateAddresses(boolean v) { return with(b -> b.allowPrivateAddresses = v); }
    public CrawlerSettings withOgiPlatformHosts(Set<String> v) { return with(b -> b.ogiPlatformHosts = v); }
    public CrawlerSettings withParallelSites(int v) { return with(b -> b.parallelSites = v); }
    public CrawlerSettings withWebsiteChecks(boolean v) { return with(b -> b.websiteChecks = v); }

    /**
     * The settings' values, to be changed before {@link #build()}: each starts as in
     * {@link #defaults()} (or as in the settings copied by {@link #toBuilder()}).
     */
    public static final class Builder {
        public String userAgent = DEFAULT_USER_AGENT;
        public Duration politenessDelay = Duration.ofSeconds(1);
        public Map<String, Duration> hostDelays = Map.of();
        public Duration connectTimeout = Duration.ofSeconds(10);
        public Duration readTimeout = Duration.ofSeconds(20);
        public Duration siteTimeout = Duration.ofMinutes(5);
        public int maxDepth = 4;
        public int pageBudget = 60;
        public long maxBodyBytes = 5L * 1024 * 1024;
        public long maxDecompressedBytes = 20L * 1024 * 1024;
        public int maxRedirects = 5;
        public Optional<InetSocketAddress> proxy = Optional.empty();
        public boolean allowPrivateAddresses = false;
        public Set<String> ogiPlatformHosts = Set.of();
        public int parallelSites = 32;
        public boolean websiteChecks = true;

        private Builder() {
        }

        /** @throws IllegalArgumentException when a count or size is out of range */
        public CrawlerSettings build() {
            return new CrawlerSettings(userAgent, politenessDelay, hostDelays, connectTimeout, readTimeout,
                    siteTimeout, maxDepth, pageBudget, maxBodyBytes, maxDecompressedBytes, maxRedirects, proxy,
                    allowPrivateAddresses, ogiPlatformHosts, parallelSites, websiteChecks);
        }
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
