package dev.ogi.server.campaigns;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.server.core.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The campaigns the service knows, loaded once at start from their files. */
public final class CampaignRegistry {

    private final Map<String, Campaign> byId;
    private final String defaultId;

    public CampaignRegistry(Map<String, Campaign> byId, String defaultId) {
        if (!byId.containsKey(defaultId)) {
            throw new IllegalArgumentException("defaultCampaign " + defaultId + " is not among the loaded campaigns " + byId.keySet());
        }
        this.byId = Map.copyOf(byId);
        this.defaultId = defaultId;
    }

    public List<Campaign> all() {
        List<Campaign> campaigns = new ArrayList<>(byId.values());
        campaigns.sort((a, b) -> a.start().compareTo(b.start()));
        return campaigns;
    }

    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Campaign defaultCampaign() {
        return byId.get(defaultId);
    }

    /** The named campaign, the default one when no name is given, or a 404 naming it. */
    public Campaign require(String id) {
        if (id == null || id.isBlank()) {
            return defaultCampaign();
        }
        return find(id).orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的工作任务（campaign）"));
    }

    /** The campaign's indicator, or an error that lists the ones there are. */
    public static dev.ogi.reports.campaign.Indicator requireIndicator(Campaign campaign, String indicatorId) {
        return campaign.milestones().stream().flatMap(m -> m.indicators().stream())
                .filter(i -> i.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> DomainException.invalid("指标 " + indicatorId + " 不在工作任务 " + campaign.id()
                        + " 中，可选：" + campaign.milestones().stream().flatMap(m -> m.indicators().stream())
                                .map(dev.ogi.reports.campaign.Indicator::id)
                                .collect(java.util.stream.Collectors.joining("、"))));
    }
}
