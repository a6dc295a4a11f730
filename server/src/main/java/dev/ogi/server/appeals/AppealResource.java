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
public record AppealResource(AppealService appeals) {

    @GET
    @RolesAllowed("office")
    public List<Appeal> queue(@QueryParam("status") String status) {
        return appeals.queue(Optional.ofNullable(status));
    }

    /** Attaches a document as evidence: the raw file in the body, its name in {@code X-File-Name} (URL-encoded). */
    @POST
    @Path("/{id}/evidence")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed({"office", "leader", "unit"})
    public Appeal attachEvidence(@Auth User user, @PathParam("id") long id,
            @jakarta.ws.rs.HeaderParam("X-File-Name") String fileName, java.io.InputStream body) {
        return appeals.attachEvidence(user, id, fileName == null ? null
                : java.net.URLDecoder.decode(fileName, java.nio.charset.StandardCharsets.UTF_8), body);
    }

    @GET
    @Path("/{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"office", "leader", "unit"})
    public Response evidence(@Auth User user, @PathParam("id") long id) {
        AppealService.StoredEvidence evidence = appeals.evidence(user, id);
        String encoded = java.net.URLEncoder.encode(evidence.name(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(evidence.file().toFile(), evidence.contentType())
                .header("Content-Disposition", "attachment; filename=\"evidence\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
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
