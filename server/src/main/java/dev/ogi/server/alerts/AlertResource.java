package dev.ogi.server.alerts;

import dev.ogi.server.auth.User;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/units/{code}/alerts}: the alerts sent to a unit (the unit, the office, leaders). */
@Path("/units/{code}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office", "leader", "unit"})
public record AlertResource(AlertService alerts) {

    @GET
    public List<UnitAlert> list(@Auth User user, @PathParam("code") String code) {
        return alerts.forUnit(user, code);
    }
}
