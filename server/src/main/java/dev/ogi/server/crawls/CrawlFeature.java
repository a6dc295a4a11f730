package dev.ogi.server.crawls;

import dev.ogi.server.AppContext;
import dev.ogi.server.core.DomainException;
import io.dropwizard.core.setup.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires crawling into the service: the context's crawl service, its resources, and the nightly
 * round on the scheduler. With a clustered scheduler (PostgreSQL) every round is split into shards
 * that the cluster's nodes share ({@link ShardedRounds}).
 */
public record CrawlFeature(AppContext context) {

    public static final String JOB_NAME = "crawl-round";
    private static final Logger LOG = LoggerFactory.getLogger(CrawlFeature.class);

    public void register(Environment environment) {
        CrawlService crawls = context.crawls();
        if (context.scheduler().isClustered()) {
            crawls.distribute(new ShardedRounds(crawls, context.scheduler(), context.units(), context.jdbi(), context.clock(),
                    context.configuration().getCluster().getShards()));
        }
        environment.lifecycle().manage(crawls);
        RoundStarter starter = new RoundStarter(crawls, context.asOf(), context.audit());
        environment.jersey().register(new CrawlResource(starter, context.units()));
        environment.jersey().register(new UnitCheckResource(starter, context.units()));
        environment.jersey().register(new UnitChecksResource(crawls, context.units()));
        context.scheduler().schedule(JOB_NAME, context.configuration().getCrawler().getSchedule(), () -> {
            try {
                context.audit().record(dev.ogi.server.audit.AuditActor.system("schedule"), "crawl.start", "all units",
                        null, null, "nightly round");
                if (crawls.isDistributed()) {
                    crawls.startInBackground("schedule", context.asOf().today(), context.units().list(false));
                } else {
                    crawls.runNow("schedule", context.asOf().today(), context.units().list(false));
                }
            } catch (DomainException e) {
                LOG.warn("scheduled crawl round skipped: {}", e.getMessage());
            }
        });
    }
}
