package dev.ogi.server.campaigns;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.server.core.AsOfClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The campaigns and their milestones, with where each deadline stands as of a day. */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office", "leader", "unit"})
public record CampaignResource(CampaignRegistry campaigns, AsOfClock asOfClock) {

    public record CampaignSummary(String id, String title, String source, LocalDate start, LocalDate end,
            String weightsVersion, double lateShare, double maxPoints, int milestones, boolean isDefault) {
    }

    public record MilestoneView(String id, String title, String requirement, LocalDate deadline, String evidencing,
            double maxPoints, boolean due, Long daysLeft, List<?> indicators) {
    }

    public record MilestonesResponse(String campaignId, LocalDate asOf, MilestoneView next, List<MilestoneView> milestones) {
    }

    @GET
    public List<CampaignSummary> list() {
        String defaultId = campaigns.defaultCampaign().id();
        return campaigns.all().stream()
                .map(c -> new CampaignSummary(c.id(), c.title(), c.source(), c.start(), c.end(), c.weightsVersion(),
                        c.lateShare(), c.maxPoints(), c.milestones().size(), c.id().equals(defaultId)))
                .toList();
    }

    @GET
    @Path("/{id}")
    public Campaign get(@PathParam("id") String id) {
        return campaigns.require(id);
    }

    @GET
    @Path("/{id}/milestones")
    public MilestonesResponse milestones(@PathParam("id") String id, @QueryParam("asOf") String asOfParameter) {
        Campaign campaign = campaigns.require(id);
        LocalDate asOf = asOfClock.resolve(asOfParameter);
        List<MilestoneView> views = campaign.milestones().stream().map(m -> view(m, asOf)).toList();
        MilestoneView next = campaign.nextDeadline(asOf).map(m -> view(m, asOf)).orElse(null);
        return new MilestonesResponse(campaign.id(), asOf, next, views);
    }

    private static MilestoneView view(Milestone milestone, LocalDate asOf) {
        LocalDate deadline = milestone.deadline();
        boolean due = deadline != null && asOf.isAfter(deadline);
        Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(asOf, deadline);
        return new MilestoneView(milestone.id(), milestone.title(), milestone.requirement(), deadline,
                milestone.evidencing().name(), milestone.maxPoints(), due, daysLeft, milestone.indicators());
    }
}
