package dev.ogi.server;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.campaigns.CampaignVersionDao;
import dev.ogi.server.core.AsOfClock;
import dev.ogi.server.scheduling.JobScheduler;
import dev.ogi.server.units.UnitService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What every feature is built from: the configuration, the database, the clocks, the campaigns
 * and the scheduler. Built once in {@link OgiApplication#run} (or by a command), then handed to
 * each feature's constructor.
 */
public record AppContext(
        OgiConfiguration configuration,
        Jdbi jdbi,
        Clock clock,
        AsOfClock asOf,
        CampaignRegistry campaigns,
        JobScheduler scheduler,
        ObjectMapper objectMapper,
        MetricRegistry metrics,
        UnitService units) {

    public static AppContext create(OgiConfiguration configuration, Jdbi jdbi, Clock clock, ObjectMapper objectMapper,
            MetricRegistry metrics) {
        AsOfClock asOf = new AsOfClock(clock, Optional.ofNullable(configuration.getAsOf()));
        CampaignRegistry campaigns = loadCampaigns(configuration, jdbi, clock, objectMapper);
        JobScheduler scheduler = new JobScheduler(configuration.isSchedulerEnabled());
        return new AppContext(configuration, jdbi, clock, asOf, campaigns, scheduler, objectMapper, metrics,
                new UnitService(jdbi, clock));
    }

    private static CampaignRegistry loadCampaigns(OgiConfiguration configuration, Jdbi jdbi, Clock clock,
            ObjectMapper objectMapper) {
        String folder = configuration.getCampaignsDirectory();
        Map<String, Campaign> campaigns = new CampaignLoader().loadAll(folder == null ? null : Path.of(folder));
        String now = clock.instant().toString();
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
