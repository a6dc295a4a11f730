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

/**
 * {@code GET /api/units/{code}/score} and {@code .../score/history}: a unit's score with its
 * evidence. One rule for every unit detail (score, history, overrides, checks, declarations): the
 * office and leaders read every unit's, a unit account only its own; totals and ranks of all
 * units stay public to every account through {@code /scores} and {@code /rankings}.
 */
@Path("/units/{code}/score")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office", "leader", "unit"})
public record UnitScoreResource(ScoreQueries scores) {

    @GET
    public UnitScoreResponse get(@Auth User user, @PathParam("code") String code, @QueryParam("asOf") String asOf,
            @QueryParam("campaign") String campaign) {
        user.requireCanSeeUnit(code);
        return scores.unit(code, asOf, campaign);
    }

    @GET
    @Path("/history")
    public UnitHistoryResponse history(@Auth User user, @PathParam("code") String code,
            @QueryParam("asOf") String asOf, @QueryParam("campaign") String campaign) {
        user.requireCanSeeUnit(code);
        return scores.history(code, asOf, campaign);
    }
}
