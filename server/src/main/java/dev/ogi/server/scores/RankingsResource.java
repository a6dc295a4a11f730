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

/** {@code GET /api/rankings?group=&asOf=&since=&campaign=&points=&offset=&limit=}. */
@Path("/rankings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office", "leader", "unit"})
public final class RankingsResource {
    private final ScoreQueries scores;

    public RankingsResource(ScoreQueries scores) {
        this.scores = scores;
    }

    @GET
    @com.codahale.metrics.annotation.Timed(name = "rankings")
    public Response get(@QueryParam("group") String group, @QueryParam("asOf") String asOf,
            @QueryParam("since") String since, @QueryParam("campaign") String campaign,
            @QueryParam("points") String points, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @HeaderParam("Accept-Encoding") String acceptEncoding, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return scores.rankings(new RankingsQuery(group, asOf, since, campaign, points, offset, limit), acceptEncoding,
                ifNoneMatch);
    }
}
