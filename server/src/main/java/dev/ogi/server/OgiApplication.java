package dev.ogi.server;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ogi.server.auth.AddUserCommand;
import dev.ogi.server.auth.AuthFeature;
import dev.ogi.server.campaigns.CampaignResource;
import dev.ogi.server.core.DatabaseUnavailableMapper;
import dev.ogi.server.core.DomainExceptionMapper;
import dev.ogi.server.db.Database;
import dev.ogi.server.demo.DemoApplication;
import dev.ogi.server.demo.DemoCommand;
import dev.ogi.server.health.CrawlAgeHealthCheck;
import dev.ogi.server.health.SchedulerHealthCheck;
import dev.ogi.server.pages.PageShellFilter;
import dev.ogi.server.pages.PageShells;
import dev.ogi.server.scores.ScoreFeature;
import dev.ogi.server.units.GroupResource;
import dev.ogi.server.units.ImportUnitsCommand;
import dev.ogi.server.units.UnitResource;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import org.jdbi.v3.core.Jdbi;

/**
 * The OGI readiness service: the unit registry, campaigns, crawls, scores, bulletins and
 * declarations behind one JSON API under {@code /api}, and the dashboard's pages at {@code /}.
 */
public class OgiApplication extends Application<OgiConfiguration> {

    public static void main(String[] args) throws Exception {
        // With a proxy every crawl request goes to one destination, and the JDK keeps only 5 idle
        // connections per destination by default: allow one per site crawled in parallel.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
        new OgiApplication().run(args);
    }

    @Override
    public String getName() {
        return "ogi-readiness";
    }

    /**
     * Dropwizard's own "check" (validate a config file) gives way to the crawler's {@code check},
     * whose command line is a fixed contract; a config file is still validated by {@code server}.
     */
    @Override
    protected void addDefaultCommands(Bootstrap<OgiConfiguration> bootstrap) {
        bootstrap.addCommand(new io.dropwizard.core.cli.ServerCommand<>(this));
    }

    @Override
    public void initialize(Bootstrap<OgiConfiguration> bootstrap) {
        // dates as "2007-10-31", not [2007,10,31]
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        // scripts, styles and images; the pages themselves are rendered from one shell (PageShellFilter)
        bootstrap.addBundle(new AssetsBundle("/web", "/", null, "web"));
        bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars", "/webjars", null, "webjars"));
        bootstrap.addCommand(new ImportUnitsCommand());
        bootstrap.addCommand(new AddUserCommand());
        bootstrap.addCommand(new dev.ogi.server.bulletins.BulletinCommand());
        bootstrap.addCommand(new dev.ogi.server.crawls.CrawlCommand());
        bootstrap.addCommand(new dev.ogi.server.crawls.CheckCommand());
        bootstrap.addCommand(dev.ogi.server.backup.BackupCommand.backup());
        bootstrap.addCommand(dev.ogi.server.backup.BackupCommand.restore());
        bootstrap.addCommand(new DemoCommand(new DemoApplication()));
    }

    @Override
    public void run(OgiConfiguration configuration, Environment environment) {
        Database.migrate(configuration.getDatabase());
        io.dropwizard.db.ManagedDataSource pool = configuration.getDatabase().build(environment.metrics(), "database");
        Jdbi jdbi = Database.configure(new JdbiFactory().build(environment, configuration.getDatabase(), pool, "database"));
        AppContext context = AppContext.create(configuration, jdbi, pool, Clock.systemUTC(), environment.getObjectMapper(),
                environment.metrics());
        environment.lifecycle().manage(context.scheduler());
        register(context, environment);
        started(context, environment);
    }

    /** The API, the schedules and the health checks, every one built from the context. */
    private static void register(AppContext context, Environment environment) {
        OgiConfiguration configuration = context.configuration();

        environment.jersey().setUrlPattern("/api/*");
        environment.jersey().register(new DomainExceptionMapper());
        environment.jersey().register(new DatabaseUnavailableMapper());
        new AuthFeature(context).register(environment);
        environment.servlets().addFilter("pages", new PageShellFilter(PageShells.load(environment.getObjectMapper())))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        environment.jersey().register(new UnitResource(context.units(), context.audit()));
        environment.jersey().register(new GroupResource());
        environment.jersey().register(new CampaignResource(context.campaigns(), context.asOf()));
        new ScoreFeature(context).register(environment);
        environment.jersey().register(new dev.ogi.server.appeals.AppealResource(context.appeals()));
        environment.jersey().register(new dev.ogi.server.appeals.AppealResource.UnitAppeals(context.appeals()));
        environment.jersey().register(new dev.ogi.server.audit.AuditResource(context.audit()));
        environment.jersey().register(new dev.ogi.server.standings.OfficialScoresResource(context.standings()));
        environment.jersey().register(new dev.ogi.server.alerts.AlertResource(context.alerts()));
        // deadlines pass and reminders fall due even on a day without a round
        context.scheduler().schedule("accountability", "0 30 6 * * ?", () -> context.afterRound(context.asOf().today()));
        environment.jersey().register(new dev.ogi.server.exemptions.ExemptionResource(context.exemptions()));
        environment.jersey().register(new dev.ogi.server.exemptions.ExemptionResource.All(context.exemptions()));
        new dev.ogi.server.crawls.CrawlFeature(context).register(environment);
        new dev.ogi.server.bulletins.BulletinFeature(context).register(environment);
        new dev.ogi.server.declarations.DeclarationFeature(context).register(environment);
        new dev.ogi.server.availability.AvailabilityFeature(context).register(environment);

        environment.healthChecks().register("scheduler", new SchedulerHealthCheck(context.scheduler()));
        environment.healthChecks().register("crawl-age", new CrawlAgeHealthCheck(context.jdbi(), context.clock(),
                configuration.getMaxCrawlRoundAge().toJavaDuration()));
    }

    /** What a variant of the application (the demo) adds once everything is registered. */
    protected void started(AppContext context, Environment environment) {
    }
}
