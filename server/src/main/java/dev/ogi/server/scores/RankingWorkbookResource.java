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

/** {@code GET /api/rankings.xlsx?group=&asOf=&since=&campaign=}: one sheet per group. */
@Path("/rankings.xlsx")
@Produces(ScoreQueries.XLSX)
@RolesAllowed({"office", "leader", "unit"})
public final class RankingWorkbookResource {
    private final ScoreQueries scores;

    public RankingWorkbookResource(ScoreQueries scores) {
        this.scores = scores;
    }

    @GET
    public Response get(@QueryParam("group") String group, @QueryParam("asOf") String asOf,
            @QueryParam("since") String since, @QueryParam("campaign") String campaign) {
        return scores.rankingsWorkbook(group, asOf, since, campaign);
    }
}
