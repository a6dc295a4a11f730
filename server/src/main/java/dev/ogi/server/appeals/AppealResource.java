package dev.ogi.server.appeals;

import dev.ogi.server.auth.User;
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
import java.util.List;
import java.util.Optional;

/** {@code /api/appeals}: the office's queue and decisions. */
@Path("/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    private final AppealService appeals;

    public AppealResource(AppealService appeals) {
        this.appeals = appeals;
    }

    @GET
    @RolesAllowed("office")
    public List<Appeal> queue(@QueryParam("status") String status) {
        return appeals.queue(Optional.ofNullable(status));
    }

    /** Counts for the office's queue: pending, overdue (after {@code appeals.overdueAfterDays}), decided. */
    @GET
    @Path("/summary")
    @RolesAllowed("office")
    public AppealService.Summary summary() {
        return appeals.summary();
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("office")
    public Appeal decide(@Auth User user, @PathParam("id") long id, AppealService.DecisionRequest request) {
        return appeals.decide(user, id, request);
    }

    /** {@code /api/units/{code}/appeals}: a unit files its appeals; the unit, the office and leaders read them. */
    @Path("/units/{code}/appeals")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class UnitAppeals {
        private final AppealService appeals;

        public UnitAppeals(AppealService appeals) {
            this.appeals = appeals;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({"office", "leader", "unit"})
        @dev.ogi.server.auth.ForbiddenToAnonymous
        public Response file(@Auth User user, @PathParam("code") String code, AppealService.AppealRequest request) {
            return Response.status(Response.Status.CREATED).entity(appeals.file(user, code, request)).build();
        }

        @GET
        @RolesAllowed({"office", "leader", "unit"})
        public List<Appeal> list(@Auth User user, @PathParam("code") String code) {
            return appeals.forUnit(user, code);
        }
    }
}
