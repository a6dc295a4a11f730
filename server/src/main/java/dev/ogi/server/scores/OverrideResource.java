package dev.ogi.server.scores;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.core.AsOfClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Manual corrections of one indicator by the general office. Kept as history: a newer override
 * supersedes the older one, a revoke is a new row, nothing is deleted; every score that an
 * override changes says so in its reason and keeps the computed value beside it.
 */
@Path("/overrides")
@Produces(MediaType.APPLICATION_JSON)
public class OverrideResource {

    public record OverrideCreated(OverrideRow override, IndicatorScore indicator) {
    }

    public record OverridesResponse(String campaignId, List<OverrideRow> overrides) {
    }

    private final Jdbi jdbi;
    private final ScoreService scores;
    private final CampaignRegistry campaigns;
    private final AsOfClock asOfClock;
    private final OverrideService overrides;

    public OverrideResource(Jdbi jdbi, ScoreService scores, CampaignRegistry campaigns, AsOfClock asOfClock,
            OverrideService overrides) {
        this.jdbi = jdbi;
        this.scores = scores;
        this.campaigns = campaigns;
        this.asOfClock = asOfClock;
        this.overrides = overrides;
    }

    @GET
    @RolesAllowed({"office", "leader"})
    public OverridesResponse list(@QueryParam("campaign") String campaignId) {
        Campaign campaign = campaign(campaignId);
        return new OverridesResponse(campaign.id(), jdbi.onDemand(OverrideDao.class).listForCampaign(campaign.id()));
    }

    public OverridesResponse forUnit(String code, String campaignId) {
        Campaign campaign = campaign(campaignId);
        return new OverridesResponse(campaign.id(), jdbi.onDemand(OverrideDao.class).listForUnit(campaign.id(), code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("office")
    public Response create(OverrideService.OverrideRequest request, @io.dropwizard.auth.Auth dev.ogi.server.auth.User user) {
        OverrideRow stored = overrides.record(dev.ogi.server.audit.AuditActor.of(user), request);
        Campaign campaign = campaigns.require(stored.campaignId());
        IndicatorScore indicatorScore = scores.score(campaign, stored.unitCode(), asOfClock.today())
                .flatMap(s -> s.indicator(stored.indicatorId())).orElse(null);
        return Response.status(Response.Status.CREATED).entity(new OverrideCreated(stored, indicatorScore)).build();
    }

    private Campaign campaign(String campaignId) {
        return campaigns.require(campaignId == null ? null : campaignId.strip());
    }


    /** {@code GET /api/units/{code}/overrides}: the unit's overrides, newest first, to every signed-in account. */
    @Path("/units/{code}/overrides")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"office", "leader", "unit"})
    public static final class UnitOverrides {
        private final OverrideResource overrides;

        public UnitOverrides(OverrideResource overrides) {
            this.overrides = overrides;
        }

        @GET
        public OverridesResponse get(@io.dropwizard.auth.Auth dev.ogi.server.auth.User user, @PathParam("code") String code,
                @QueryParam("campaign") String campaign) {
            user.requireCanSeeUnit(code);
            return overrides.forUnit(code, campaign);
        }
    }
}
