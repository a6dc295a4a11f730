package dev.ogi.server.scores;

import dev.ogi.server.auth.User;
import dev.ogi.server.scores.ScoreViews.ProgressResponse;
import dev.ogi.server.scores.ScoreViews.ScoresResponse;
import dev.ogi.server.scores.ScoreViews.UnitHistoryResponse;
import dev.ogi.server.scores.ScoreViews.UnitScoreResponse;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/scores?asOf=&campaign=}: every unit's total, rank and milestones. */
@Path("/scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office", "leader", "unit"})
public final class ScoresResource {
    private final ScoreQueries scores;

    public ScoresResource(ScoreQueries scores) {
        this.scores = scores;
    }

    @GET
    public ScoresResponse get(@QueryParam("asOf") String asOf, @QueryParam("campaign") String campaign) {
        return scores.all(asOf, campaign);
    }
}
