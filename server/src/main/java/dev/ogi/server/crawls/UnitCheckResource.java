package dev.ogi.server.crawls;

import dev.ogi.server.auth.User;
import dev.ogi.server.core.AsOfClock;
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
public class UnitCheckResource {

    private final CrawlService crawls;
    private final UnitService units;
    private final AsOfClock asOf;

    private final dev.ogi.server.audit.AuditLog audit;

    public UnitCheckResource(CrawlService crawls, UnitService units, AsOfClock asOf, dev.ogi.server.audit.AuditLog audit) {
        this.audit = audit;
        this.crawls = crawls;
        this.units = units;
        this.asOf = asOf;
    }

    /** The general office, or the unit itself; 202 with the round, 409 while another round runs. */
    @POST
    @RolesAllowed({"office", "unit"})
    public Response check(@Auth User user, @PathParam("code") String code, @QueryParam("asOf") String asOfParameter) {
        user.requireCanActForUnit(code);
        Unit unit = units.require(code);
        CrawlRound round = crawls.startInBackground("unit-check", asOf.forWrite(asOfParameter), List.of(unit));
        audit.record(dev.ogi.server.audit.AuditActor.of(user), "crawl.start", unit.code(), null, round, null);
        return Response.status(Response.Status.ACCEPTED).entity(round).build();
    }
}
