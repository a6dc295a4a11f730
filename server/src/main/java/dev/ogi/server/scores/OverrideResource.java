package dev.ogi.server.scores;

import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.auth.User;
import dev.ogi.server.scores.OverrideService.Overrides;
import io.dropwizard.auth.Auth;
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

/**
 * Manual corrections of one indicator by the general office. Kept as history: a newer override
 * supersedes the older one, a revoke is a new row, nothing is deleted; every score that an
 * override changes says so in its reason and keeps the computed value beside it.
 */
@Path("/overrides")
@Produces(MediaType.APPLICATION_JSON)
public record OverrideResource(OverrideService overrides) {

    public record OverrideCreated(OverrideRow override, IndicatorScore indicator) {
    }

    @GET
    @RolesAllowed({"office", "leader"})
    public Overrides list(@QueryParam("campaign") String campaign) {
        return overrides.list(campaign, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("office")
    public Response create(OverrideService.OverrideRequest request, @Auth User user) {
        OverrideRow stored = overrides.record(AuditActor.of(user), request);
        return Response.status(Response.Status.CREATED)
                .entity(new OverrideCreated(stored, overrides.scoredNow(stored).orElse(null))).build();
    }

    /** {@code GET /api/units/{code}/overrides}: the unit's overrides, newest first (the unit-detail rule). */
    @Path("/units/{code}/overrides")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"office", "leader", "unit"})
    public static final class UnitOverrides {
        private final OverrideService overrides;

        public UnitOverrides(OverrideService overrides) {
            this.overrides = overrides;
        }

        @GET
        public Overrides get(@Auth User user, @PathParam("code") String code, @QueryParam("campaign") String campaign) {
            user.requireCanSeeUnit(code);
            return overrides.list(campaign, code);
        }
    }
}
