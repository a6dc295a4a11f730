package dev.ogi.server.crawls;

import dev.ogi.server.auth.User;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitService;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code POST /api/units/{code}/check}: re-check one unit's site now, as a one-unit round. */
@Path("/units/{code}/check")
@Produces(MediaType.APPLICATION_JSON)
public record UnitCheckResource(RoundStarter starter, UnitService units) {

    /** The general office, or the unit itself; 202 with the round, 409 while another round runs. */
    @POST
    @RolesAllowed({"office", "unit"})
    public Response check(@Auth User user, @PathParam("code") String code, @QueryParam("asOf") String asOfParameter) {
        user.requireCanActForUnit(code);
        Unit unit = units.require(code);
        return starter.start(user, "unit-check", asOfParameter, List.of(unit), unit.code());
    }
}
