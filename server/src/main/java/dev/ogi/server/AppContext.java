package dev.ogi.server;

import dev.ogi.server.core.Instants;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.server.alerts.AlertMailer;
import dev.ogi.server.alerts.AlertService;
import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.audit.AuditLog;
import dev.ogi.server.standings.StandingService;
import dev.ogi.server.auth.AuthService;
import dev.ogi.server.exemptions.ExemptionService;
import dev.ogi.server.bulletins.BulletinService;
import dev.ogi.server.bulletins.BulletinsConfiguration;
import dev.ogi.server.bulletins.OutboxSender;
import dev.ogi.server.bulletins.PdfRenderer;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.campaigns.CampaignVersionDao;
import dev.ogi.server.core.AsOfClock;
import dev.ogi.server.crawls.CrawlService;
import dev.ogi.server.crawls.CrawlerConfiguration;
import dev.ogi.server.db.Database;
import dev.ogi.server.declarations.AttachmentStore;
import dev.ogi.server.declarations.DeclarationService;
import dev.ogi.server.declarations.DeclarationsConfiguration;
import dev.ogi.server.scheduling.JobScheduler;
import dev.ogi.server.scores.ScoreService;
import dev.ogi.server.units.UnitService;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The composition root: every service of the application, built once from the configuration,
 * the database and the clock, in {@link OgiApplication#run} and by every command alike. Features
 * and commands take what they need from here; none builds a service of its own.
 */
public final class AppContext implements AutoCloseable {

    /** Who issues bulletins without an account: the schedule, the command line and the demo. */
    private static final java.util.Set<String> SYSTEM_ISSUERS = java.util.Set.of("schedule", "command", "demo");

    private final OgiConfiguration configuration;
    private final Jdbi jdbi;
    private final Clock clock;
    private final AsOfClock asOf;
    private final CampaignRegistry campaigns;
    private final JobScheduler scheduler;
    private final ObjectMapper objectMapper;
    private final MetricRegistry metrics;
    private final UnitService units;
    private final ScoreService scores;
    private final dev.ogi.server.scores.OverrideService overrides;
    private final CrawlService crawls;
    private final dev.ogi.server.appeals.AppealService appeals;
    private final AuditLog audit;
    private final ExemptionService exemptions;
    private final StandingService standings;
    private final AlertService alerts;
    private final AlertMailer alertMailer;
    private final AuthService auth;
    private final DeclarationService declarations;
    private final BulletinService bulletins;
    private final OutboxSender outbox;
    private final dev.ogi.server.availability.AvailabilityService availability;

    private AppContext(OgiConfiguration configuration, Jdbi jdbi, Clock clock, ObjectMapper objectMapper,
            MetricRegistry metrics, javax.sql.DataSource pool) {
        this.configuration = configuration;
        this.jdbi = jdbi;
        this.clock = clock;
        this.objectMapper = objectMapper;
        this.metrics = metrics;
        this.asOf = new AsOfClock(clock, Optional.ofNullable(configuration.getAsOf()));
        this.campaigns = loadCampaigns(configuration, jdbi, clock, objectMapper);
        // on PostgreSQL the running service's Quartz is clustered over its pool; commands and SQLite keep it in memory
        boolean clustered = pool != null && configuration.isSchedulerEnabled()
                && dev.ogi.server.db.Vendor.of(configuration.getDatabase().getUrl()) == dev.ogi.server.db.Vendor.POSTGRESQL;
        this.scheduler = new JobScheduler(configuration.isSchedulerEnabled(), clustered ? pool : null,
                configuration.getCluster());
        this.audit = new AuditLog(jdbi, clock, objectMapper);
        this.units = new UnitService(jdbi, clock);
        this.scores = new ScoreService(jdbi, metrics);
        this.overrides = new dev.ogi.server.scores.OverrideService(jdbi, scores, campaigns, asOf, units, audit);
        this.exemptions = new ExemptionService(jdbi, clock, campaigns, units, audit, scores::invalidate);
        CrawlerConfiguration crawler = configuration.getCrawler();
        this.crawls = new CrawlService(jdbi, clock, crawler.toSettings(), crawler.getFailuresBeforeMissing());
        this.auth = new AuthService(jdbi, clock, configuration.getAuth());
        DeclarationsConfiguration declared = configuration.getDeclarations();
        this.declarations = new DeclarationService(jdbi, clock, campaigns, units, declared,
                new AttachmentStore(Path.of(declared.getAttachmentsDirectory())), objectMapper, audit);
        // appeal evidence is checked and stored like declaration attachments
        this.appeals = new dev.ogi.server.appeals.AppealService(jdbi, clock, campaigns, units, overrides, audit,
                configuration.getAppeals().getOverdueAfterDays(), declarations.attachments());
        // an approval changes what scores read
        declarations.reviews().onApproved(scores::invalidate);
        BulletinsConfiguration bulletinSettings = configuration.getBulletins();
        this.bulletins = new BulletinService(jdbi, clock, campaigns, scores::scores, bulletinSettings, objectMapper,
                PdfRenderer.lazy(bulletinSettings));
        this.outbox = new OutboxSender(jdbi, clock, configuration.getMail(), bulletinSettings, bulletins);
        this.standings = new StandingService(jdbi, clock, asOf, campaigns, scores::scores, audit, objectMapper);
        this.availability = new dev.ogi.server.availability.AvailabilityService(jdbi, clock,
                configuration.getAvailability(), crawls.settings());
        // the website campaign's scores read the probe days
        availability.onRecorded(scores::invalidate);
        this.alerts = new AlertService(jdbi, clock, campaigns, units, scores::scores, configuration.getAlerts(),
                day -> availability.windows(day).entrySet().stream().filter(e -> e.getValue().veto())
                        .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()));
        this.alertMailer = new AlertMailer(jdbi, clock, configuration.getMail(), bulletinSettings);
        crawls.onRoundFinished(this::afterRound);
        bulletins.onIssued((row, campaign, unitScores) -> {
            standings.freezeBulletin(row, campaign, unitScores);
            audit.record(SYSTEM_ISSUERS.contains(row.issuedBy()) ? AuditActor.system(row.issuedBy())
                    : new AuditActor(row.issuedBy(), "office"), "bulletin.issue", "bulletin " + row.id(), null,
                    java.util.Map.of("number", row.number(), "asOf", row.asOf()), null);
        });
    }

    /** The context of a test, with no pool of its own (Quartz in memory). */
    public static AppContext create(OgiConfiguration configuration, Jdbi jdbi, Clock clock, ObjectMapper objectMapper,
            MetricRegistry metrics) {
        return new AppContext(configuration, jdbi, clock, objectMapper, metrics, null);
    }

    /**
     * The context of the running service: its pooled, health-checked database, which on PostgreSQL
     * also carries Quartz's clustered job store.
     */
    public static AppContext create(OgiConfiguration configuration, Jdbi jdbi, javax.sql.DataSource pool, Clock clock,
            ObjectMapper objectMapper, MetricRegistry metrics) {
        return new AppContext(configuration, jdbi, clock, objectMapper, metrics, pool);
    }

    /**
     * The context of a command that runs without the HTTP server: the database migrated and opened
     * without a pool, the real clock, no schedule. Close it when the command ends.
     */
    public static AppContext forCommand(OgiConfiguration configuration, Bootstrap<OgiConfiguration> bootstrap) {
        configuration.setSchedulerEnabled(false);
        return new AppContext(configuration, Database.openStandalone(configuration.getDatabase()), Clock.systemUTC(),
                bootstrap.getObjectMapper(), bootstrap.getMetricRegistry(), null);
    }

    public OgiConfiguration configuration() {
        return configuration;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The server's clock: every write is dated by it. */
    public Clock clock() {
        return clock;
    }

    /** The day scores are judged as of (today, or the configured replay day). */
    public AsOfClock asOf() {
        return asOf;
    }

    public CampaignRegistry campaigns() {
        return campaigns;
    }

    public JobScheduler scheduler() {
        return scheduler;
    }

    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    public MetricRegistry metrics() {
        return metrics;
    }

    public UnitService units() {
        return units;
    }

    public ScoreService scores() {
        return scores;
    }

    /** Manual corrections of indicators (the office's, and appeals it revises). */
    public dev.ogi.server.scores.OverrideService overrides() {
        return overrides;
    }

    /** Appeals (申诉) of units against judgments, and the office's decisions. */
    public dev.ogi.server.appeals.AppealService appeals() {
        return appeals;
    }

    /** The append-only record of every change: who, when, what and why. */
    public AuditLog audit() {
        return audit;
    }

    /** Indicators the office ruled not applicable to a unit. */
    public ExemptionService exemptions() {
        return exemptions;
    }

    /** Standings frozen at deadlines and bulletins (定档). */
    public StandingService standings() {
        return standings;
    }

    /** Alerts to units when their standing gets worse, and deadline reminders. */
    public AlertService alerts() {
        return alerts;
    }

    public AlertMailer alertMailer() {
        return alertMailer;
    }

    /**
     * What follows a crawl round as of {@code day} (and the daily tick, as of today): freeze the standings of deadlines that have
     * passed, then alert units whose standing got worse.
     */
    public void afterRound(java.time.LocalDate day) {
        standings.freezeDueDeadlines(day);
        alerts.detect(day);
    }

    public CrawlService crawls() {
        return crawls;
    }

    public AuthService auth() {
        return auth;
    }

    public DeclarationService declarations() {
        return declarations;
    }

    public BulletinService bulletins() {
        return bulletins;
    }

    public OutboxSender outbox() {
        return outbox;
    }

    /** The homepage availability monitor (站点可用性) and its 7-day veto. */
    public dev.ogi.server.availability.AvailabilityService availability() {
        return availability;
    }

    /** Stops what holds threads (a command's JVM would otherwise stay up). */
    @Override
    public void close() {
        crawls.stop();
        try {
            scheduler.stop();
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException("the scheduler did not stop: " + e.getMessage(), e);
        }
    }

    private static CampaignRegistry loadCampaigns(OgiConfiguration configuration, Jdbi jdbi, Clock clock,
            ObjectMapper objectMapper) {
        String folder = configuration.getCampaignsDirectory();
        Map<String, Campaign> campaigns = new CampaignLoader().loadAll(folder == null ? null : Path.of(folder));
        String now = Instants.text(clock.instant());
        CampaignVersionDao versions = jdbi.onDemand(CampaignVersionDao.class);
        for (Campaign campaign : campaigns.values()) {
            try {
                versions.record(campaign.id(), campaign.contentHash(), campaign.weightsVersion(), now,
                        objectMapper.writeValueAsString(campaign));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("campaign " + campaign.id() + " cannot be stored: " + e.getMessage(), e);
            }
        }
        return new CampaignRegistry(campaigns, configuration.getDefaultCampaign());
    }
}
