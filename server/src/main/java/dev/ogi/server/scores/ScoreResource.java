package dev.ogi.server.scores;

import dev.ogi.server.scores.ScoreViews.ProgressResponse;
import dev.ogi.server.scores.ScoreViews.ScoresResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The province-wide views of the scores, readable by every account: {@code GET /api/scores},
 * {@code /api/rankings}, {@code /api/rankings.xlsx} and {@code /api/progress}. A unit's own
 * detail is {@link UnitScoreResource}.
 */
@Path("/")
@RolesAllowed({"office", "leader", "unit"})
public record ScoreResource(ScoreQueries scores) {

    /** {@code GET /api/scores?asOf=&campaign=}: every unit's total, rank and milestone statuses. */
    @GET
    @Path("scores")
    @Produces(MediaType.APPLICATION_JSON)
    public ScoresResponse scores(@QueryParam("asOf") String asOf, @QueryParam("campaign") String campaign) {
        return scores.all(asOf, campaign);
    }

    /** {@code GET /api/rankings?group=&asOf=&since=&campaign=&points=&offset=&limit=}, with ETag/304. */
    @GET
    @Path("rankings")
    @Produces(MediaType.APPLICATION_JSON)
    @com.codahale.metrics.annotation.Timed(name = "rankings")
    public Response rankings(@QueryParam("group") String group, @QueryParam("asOf") String asOf,
            @QueryParam("since") String since, @QueryParam("campaign") String campaign,
            @QueryParam("points") String points, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @HeaderParam("Accept-Encoding") String acceptEncoding, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return scores.rankings(new RankingsQuery(group, asOf, since, campaign, points, offset, limit), acceptEncoding,
                ifNoneMatch);
    }

    /** {@code GET /api/rankings.xlsx?group=&asOf=}: the ranking as Excel, one sheet per group. */
    @GET
    @Path("rankings.xlsx")
    @Produces(ScoreQueries.XLSX)
    public Response rankingsWorkbook(@QueryParam("group") String group, @QueryParam("asOf") String asOf,
            @QueryParam("since") String since, @QueryParam("campaign") String campaign) {
        return scores.rankingsWorkbook(group, asOf, since, campaign);
    }

    /** {@code GET /api/progress?asOf=&campaign=}: per milestone, units on time, late, not met, pending. */
    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    public ProgressResponse progress(@QueryParam("asOf") String asOf, @QueryParam("campaign") String campaign) {
        return scores.progress(asOf, campaign);
    }
}
