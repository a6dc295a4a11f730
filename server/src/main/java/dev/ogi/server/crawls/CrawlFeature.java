package dev.ogi.server.crawls;

import dev.ogi.server.AppContext;
import dev.ogi.server.core.ApiException;
import io.dropwizard.core.setup.Environment;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires crawling into the service: the crawl service (one per application), its resources, and
 * the nightly round on the scheduler. The demo's timeline step reaches the same service through
 * {@link #service(AppContext)}, so "one round at a time" holds for it too.
 */
public final class CrawlFeature {

    public static final String JOB_NAME = "crawl-round";
    private static final Logger LOG = LoggerFactory.getLogger(CrawlFeature.class);
    private static final Map<AppContext, CrawlService> SERVICES = Collections.synchronizedMap(new IdentityHashMap<>());

    private final AppContext context;

    public CrawlFeature(AppContext context) {
        this.context = context;
    }

    /**
     * The application's crawl service, made on first use from the {@code crawler:} configuration.
     *
     * @throws IllegalArgumentException naming the bad setting when the configuration is invalid
     */
    public static CrawlService service(AppContext context) {
        return SERVICES.computeIfAbsent(context, c -> {
            CrawlerConfiguration crawler = c.configuration().getCrawler();
            return new CrawlService(c.jdbi(), c.clock(), crawler.toSettings(), crawler.getFailuresBeforeMissing());
        });
    }

    public void register(Environment environment) {
        CrawlService crawls = service(context);
        environment.lifecycle().manage(crawls);
        environment.jersey().register(new CrawlResource(crawls, context.units(), context.asOf()));
        environment.jersey().register(new UnitCheckResource(crawls, context.units(), context.asOf()));
        environment.jersey().register(new UnitChecksResource(crawls, context.units()));
        context.scheduler().schedule(JOB_NAME, context.configuration().getCrawler().getSchedule(), () -> {
            try {
                crawls.runNow("schedule", context.asOf().today(), context.units().list(false));
            } catch (ApiException e) {
                LOG.warn("scheduled crawl round skipped: {}", e.getMessage());
            }
        });
    }
}
