package dev.ogi.server.availability;

import dev.ogi.server.AppContext;
import dev.ogi.server.availability.AvailabilityViews.ProbeRun;
import dev.ogi.server.core.DomainException;
import io.dropwizard.core.setup.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the availability monitor into the service: its resource and its own schedule. */
public record AvailabilityFeature(AppContext context) {

    public static final String JOB_NAME = "availability-probe";
    private static final Logger LOG = LoggerFactory.getLogger(AvailabilityFeature.class);

    public void register(Environment environment) {
        AvailabilityService availability = context.availability();
        var queries = new AvailabilityResource.Queries(availability, context.units(), context.asOf());
        environment.jersey().register(new AvailabilityResource(queries));
        environment.jersey().register(new AvailabilityResource.OfUnit(queries));
        Runnable probe = () -> {
            try {
                ProbeRun run = availability.probeNow(context.units().list(false));
                LOG.info("availability probes: {} units, {} failed, {} requests, {} ms", run.probed(), run.failures(),
                        run.requests(), run.millis());
            } catch (DomainException e) {
                LOG.warn("scheduled availability probes skipped: {}", e.getMessage());
            }
        };
        if (availability.configuration().isEnabled()) {
            context.scheduler().schedule(JOB_NAME, availability.configuration().getSchedule(), probe);
        } else {
            context.scheduler().register(JOB_NAME, probe);
        }
    }
}
