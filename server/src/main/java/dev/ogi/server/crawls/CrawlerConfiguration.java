package dev.ogi.server.crawls;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ogi.crawlers.CrawlerSettings;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code crawler:} section of the configuration. Defaults are those for real government
 * sites (an honest user agent, 1 s between two requests to one host, no private addresses).
 */
public class CrawlerConfiguration {

    @NotBlank
    private String userAgent = CrawlerSettings.DEFAULT_USER_AGENT;

    /** Pause between two requests to one host. */
    @NotNull
    private Duration delay = Duration.seconds(1);

    @NotNull
    private Duration connectTimeout = Duration.seconds(10);

    @NotNull
    private Duration readTimeout = Duration.seconds(20);

    /** The longest one whole site may take. */
    @NotNull
    private Duration siteTimeout = Duration.minutes(5);

    @Min(1)
    private int pageBudget = 60;

    @Min(0)
    private int maxDepth = 4;

    @Min(1)
    private int parallelSites = 32;

    /** An HTTP forward proxy as host:port; the proxy resolves host names. Empty for none. */
    private String proxy;

    /** Allow loopback, private and link-local destinations (tests and the demo only). */
    private boolean allowPrivateAddresses;

    /** Hosts counted as part of every unit's site (a provincial OGI platform). */
    @NotNull
    private List<String> platformHosts = new ArrayList<>();

    /** A site that fails this many rounds in a row loses its last good findings. */
    @Min(1)
    private int failuresBeforeMissing = 3;

    /** When the full round runs (Quartz cron, China Standard Time). */
    @NotBlank
    private String schedule = "0 0 2 * * ?";

    /**
     * The crawler's settings, checked.
     *
     * @throws IllegalArgumentException naming the bad setting when one is invalid
     */
    public CrawlerSettings toSettings() {
        if (!org.quartz.CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("crawler.schedule is not a valid Quartz cron expression: \"" + schedule
                    + "\" (e.g. \"0 0 2 * * ?\" for 02:00 every night)");
        }
        if (delay.toMilliseconds() < 0) {
            throw new IllegalArgumentException("crawler.delay must not be negative");
        }
        CrawlerSettings settings = CrawlerSettings.defaults()
                .withUserAgent(userAgent)
                .withPolitenessDelay(delay.toJavaDuration())
                .withConnectTimeout(connectTimeout.toJavaDuration())
                .withReadTimeout(readTimeout.toJavaDuration())
                .withSiteTimeout(siteTimeout.toJavaDuration())
                .withPageBudget(pageBudget)
                .withMaxDepth(maxDepth)
                .withParallelSites(parallelSites)
                .withAllowPrivateAddresses(allowPrivateAddresses)
                .withOgiPlatformHosts(Set.copyOf(platformHosts));
        if (proxy != null && !proxy.isBlank()) {
            try {
                settings = settings.withProxy(CrawlerSettings.parseProxy(proxy.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("crawler.proxy: " + e.getMessage(), e);
            }
        }
        return settings;
    }

    @JsonProperty public String getUserAgent() { return userAgent; }
    @JsonProperty public void setUserAgent(String userAgent) { this.userAgent = userAgent; }
    @JsonProperty public Duration getDelay() { return delay; }
    @JsonProperty public void setDelay(Duration delay) { this.delay = delay; }
    @JsonProperty public Duration getConnectTimeout() { return connectTimeout; }
    @JsonProperty public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    @JsonProperty public Duration getReadTimeout() { return readTimeout; }
    @JsonProperty public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }
    @JsonProperty public Duration getSiteTimeout() { return siteTimeout; }
    @JsonProperty public void setSiteTimeout(Duration siteTimeout) { this.siteTimeout = siteTimeout; }
    @JsonProperty public int getPageBudget() { return pageBudget; }
    @JsonProperty public void setPageBudget(int pageBudget) { this.pageBudget = pageBudget; }
    @JsonProperty public int getMaxDepth() { return maxDepth; }
    @JsonProperty public void setMaxDepth(int maxDepth) { this.maxDepth = maxDepth; }
    @JsonProperty public int getParallelSites() { return parallelSites; }
    @JsonProperty public void setParallelSites(int parallelSites) { this.parallelSites = parallelSites; }
    @JsonProperty public String getProxy() { return proxy; }
    @JsonProperty public void setProxy(String proxy) { this.proxy = proxy; }
    @JsonProperty public boolean isAllowPrivateAddresses() { return allowPrivateAddresses; }
    @JsonProperty public void setAllowPrivateAddresses(boolean allow) { this.allowPrivateAddresses = allow; }
    @JsonProperty public List<String> getPlatformHosts() { return platformHosts; }
    @JsonProperty public void setPlatformHosts(List<String> platformHosts) { this.platformHosts = platformHosts; }
    @JsonProperty public int getFailuresBeforeMissing() { return failuresBeforeMissing; }
    @JsonProperty public void setFailuresBeforeMissing(int n) { this.failuresBeforeMissing = n; }
    @JsonProperty public String getSchedule() { return schedule; }
    @JsonProperty public void setSchedule(String schedule) { this.schedule = schedule; }
}
