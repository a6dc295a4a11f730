package dev.ogi.server.exemptions;

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

/** {@code /api/units/{code}/exemptions}: the office rules indicators not applicable; the unit sees its own. */
@Path("/units/{code}/exemptions")
@Produces(MediaType.APPLICATION_JSON)
public record ExemptionResource(ExemptionService exemptions) {

    @GET
    @RolesAllowed({"office", "leader", "unit"})
    public ExemptionService.UnitExemptions list(@Auth User user, @PathParam("code") String code,
            @QueryParam("campaign") String campaign) {
        return exemptions.forUnit(user, code, campaign);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"office", "leader", "unit"})
    public Response rule(@Auth User user, @PathParam("code") String code, ExemptionService.ExemptionRequest request) {
        return Response.status(Response.Status.CREATED).entity(exemptions.rule(user, code, request)).build();
    }

    /** {@code GET /api/exemptions}: every exemption in force, for the office and leaders. */
    @Path("/exemptions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"office", "leader"})
    public static final class All {
        private final ExemptionService exemptions;

        public All(ExemptionService exemptions) {
            this.exemptions = exemptions;
        }

        @GET
        public List<Exemption> inForce(@QueryParam("campaign") String campaign) {
            return exemptions.inForce(campaign);
        }
    }
}
