package dev.ogi.server.standings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/official-scores}: the standing frozen at a milestone's deadline (or a bulletin),
 * beside today's. Read-only: nothing can change a frozen record.
 */
@Path("/official-scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office", "leader", "unit"})
public record OfficialScoresResource(StandingService standings) {

    @GET
    public StandingService.OfficialScores official(@QueryParam("milestone") String milestone,
            @QueryParam("bulletin") Long bulletin, @QueryParam("campaign") String campaign) {
        return standings.official(campaign, milestone, bulletin);
    }

    /** Every frozen record, newest first (without the standings themselves). */
    @GET
    @Path("/records")
    public List<OfficialStanding> records(@QueryParam("campaign") String campaign) {
        return standings.list(campaign);
    }
}
