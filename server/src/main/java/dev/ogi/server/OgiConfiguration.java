package dev.ogi.server;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ogi.server.alerts.AlertsConfiguration;
import dev.ogi.server.appeals.AppealsConfiguration;
import dev.ogi.server.availability.AvailabilityConfiguration;
import dev.ogi.server.bulletins.BulletinsConfiguration;
import dev.ogi.server.bulletins.MailConfiguration;
import dev.ogi.server.crawls.CrawlerConfiguration;
import dev.ogi.server.declarations.DeclarationsConfiguration;
import dev.ogi.server.auth.AuthConfiguration;
import dev.ogi.server.db.DatabaseSettings;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The service's configuration. Every field has a working default, so the service and the demo
 * start without a file; {@code server/config.yml} documents each setting.
 */
public class OgiConfiguration extends Configuration {

    /**
     * Without a config file, Dropwizard's admin port (health checks, metrics, tasks such as
     * {@code POST /tasks/gc}, unauthenticated) would listen on every interface: loopback only.
     * A config file's own {@code server.adminConnectors} still decides when it is given.
     */
    public OgiConfiguration() {
        if (getServerFactory() instanceof io.dropwizard.core.server.DefaultServerFactory server) {
            server.getAdminConnectors().stream()
                    .filter(io.dropwizard.jetty.HttpConnectorFactory.class::isInstance)
                    .map(io.dropwizard.jetty.HttpConnectorFactory.class::cast)
                    .filter(connector -> connector.getBindHost() == null)
                    .forEach(connector -> connector.setBindHost("127.0.0.1"));
        }
    }

    @Valid @NotNull private DatabaseSettings database = new DatabaseSettings();

    /** Judge everything as of this day instead of today (replaying a campaign); empty for today. */
    private LocalDate asOf;

    /** A folder whose *.yml campaign files are loaded beside the built-in ones; optional. */
    private String campaignsDirectory = "campaigns";

    @NotBlank
    private String defaultCampaign = "ogi-2007";

    /** Whether Quartz runs scheduled jobs (crawls, bulletins). Commands turn it off. */
    private boolean schedulerEnabled = true;

    /** The health check turns unhealthy when the last finished crawl round is older than this. */
    @NotNull
    private Duration maxCrawlRoundAge = Duration.hours(48);

    /** The website crawler: user agent, politeness, timeouts, proxy, schedule. */
    @Valid @NotNull private CrawlerConfiguration crawler = new CrawlerConfiguration();

    /** The homepage availability monitor: its schedule, timeout and veto threshold. */
    @Valid @NotNull private AvailabilityConfiguration availability = new AvailabilityConfiguration();

    /** Passwords, sessions and login throttling. */
    @Valid @NotNull private AuthConfiguration auth = new AuthConfiguration();

    /** Declarations: where attachments are kept, their size limit, the reviewer rule, when a review is overdue. */
    @Valid @NotNull private DeclarationsConfiguration declarations = new DeclarationsConfiguration();

    /** Bulletins (通报): schedule, issuer, leaders' addresses, PDF font, outbox retries. */
    @Valid @NotNull private BulletinsConfiguration bulletins = new BulletinsConfiguration();

    /** The SMTP server bulletins are sent through; no host, no mail. */
    @Valid @NotNull private MailConfiguration mail = new MailConfiguration();

    /** Alerts to units: how early a deadline reminder (催办) goes out. */
    @Valid @NotNull private AlertsConfiguration alerts = new AlertsConfiguration();

    /** Appeals: after how many days an undecided one is overdue. */
    @Valid @NotNull private AppealsConfiguration appeals = new AppealsConfiguration();

    /** On PostgreSQL: this node's name, the round's shards and how often nodes check in. */
    @Valid @NotNull private dev.ogi.server.scheduling.ClusterConfiguration cluster = new dev.ogi.server.scheduling.ClusterConfiguration();

    @JsonProperty public dev.ogi.server.scheduling.ClusterConfiguration getCluster() { return cluster; }
    @JsonProperty public void setCluster(dev.ogi.server.scheduling.ClusterConfiguration cluster) { this.cluster = cluster; }
    @JsonProperty public AlertsConfiguration getAlerts() { return alerts; }
    @JsonProperty public void setAlerts(AlertsConfiguration alerts) { this.alerts = alerts; }
    @JsonProperty public AppealsConfiguration getAppeals() { return appeals; }
    @JsonProperty public void setAppeals(AppealsConfiguration appeals) { this.appeals = appeals; }
    @JsonProperty public DatabaseSettings getDatabase() { return database; }
    @JsonProperty public void setDatabase(DatabaseSettings database) { this.database = database; }
    @JsonProperty public LocalDate getAsOf() { return asOf; }
    @JsonProperty public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    @JsonProperty public String getCampaignsDirectory() { return campaignsDirectory; }
    @JsonProperty public void setCampaignsDirectory(String campaignsDirectory) { this.campaignsDirectory = campaignsDirectory; }
    @JsonProperty public String getDefaultCampaign() { return defaultCampaign; }
    @JsonProperty public void setDefaultCampaign(String defaultCampaign) { this.defaultCampaign = defaultCampaign; }
    @JsonProperty public boolean isSchedulerEnabled() { return schedulerEnabled; }
    @JsonProperty public void setSchedulerEnabled(boolean schedulerEnabled) { this.schedulerEnabled = schedulerEnabled; }
    @JsonProperty public Duration getMaxCrawlRoundAge() { return maxCrawlRoundAge; }
    @JsonProperty public void setMaxCrawlRoundAge(Duration maxCrawlRoundAge) { this.maxCrawlRoundAge = maxCrawlRoundAge; }
    @JsonProperty public AuthConfiguration getAuth() { return auth; }
    @JsonProperty public void setAuth(AuthConfiguration auth) { this.auth = auth; }
    @JsonProperty public DeclarationsConfiguration getDeclarations() { return declarations; }
    @JsonProperty public void setDeclarations(DeclarationsConfiguration declarations) { this.declarations = declarations; }
    @JsonProperty public BulletinsConfiguration getBulletins() { return bulletins; }
    @JsonProperty public void setBulletins(BulletinsConfiguration bulletins) { this.bulletins = bulletins; }
    @JsonProperty public MailConfiguration getMail() { return mail; }
    @JsonProperty public void setMail(MailConfiguration mail) { this.mail = mail; }
    @JsonProperty public AvailabilityConfiguration getAvailability() { return availability; }
    @JsonProperty public void setAvailability(AvailabilityConfiguration availability) { this.availability = availability; }
    @JsonProperty public CrawlerConfiguration getCrawler() { return crawler; }
    @JsonProperty public void setCrawler(CrawlerConfiguration crawler) { this.crawler = crawler; }

    /** The default settings on the given SQLite file (WAL, foreign keys on; see {@link DatabaseSettings}). */
    public static DatabaseSettings sqliteDefaults(String file) {
        return DatabaseSettings.sqlite(file);
    }
}
