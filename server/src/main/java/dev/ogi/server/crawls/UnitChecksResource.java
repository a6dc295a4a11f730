package dev.ogi.server.crawls;

import dev.ogi.server.auth.User;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.UnitService;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/units/{code}/checks}: a unit's crawl history with evidence and first-seen dates. */
@Path("/units/{code}/checks")
@Produces(MediaType.APPLICATION_JSON)
public record UnitChecksResource(CrawlService crawls, UnitService units) {

    @GET
    @RolesAllowed({"office", "leader", "unit"})
    public UnitChecks history(@Auth User user, @PathParam("code") String code, @QueryParam("limit") @DefaultValue("200") int limit) {
        user.requireCanSeeUnit(code);
        units.require(code);
        if (limit < 1 || limit > 2000) {
            throw DomainException.invalid("参数 limit 应在 1 到 2000 之间，而不是 " + limit);
        }
        return crawls.history(code, limit);
    }
}
