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

/** {@code GET /api/progress?asOf=&campaign=}. */
@Path("/progress")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office", "leader", "unit"})
public final class ProgressResource {
    private final ScoreQueries scores;

    public ProgressResource(ScoreQueries scores) {
        this.scores = scores;
    }

    @GET
    public ProgressResponse get(@QueryParam("asOf") String asOf, @QueryParam("campaign") String campaign) {
        return scores.progress(asOf, campaign);
    }
}
