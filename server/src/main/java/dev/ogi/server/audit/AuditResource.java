package dev.ogi.server.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /api/audit}: the office reads the audit log, filtered, and exports it as CSV. There is
 * deliberately no write, edit or delete here: only the services append.
 */
@Path("/audit")
@RolesAllowed("office")
public record AuditResource(AuditLog log) {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> find(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") Integer limit) {
        return log.find(new AuditLog.Filter(actor, action, target, from, to, limit));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") Integer limit) {
        String csv = log.csv(log.find(new AuditLog.Filter(actor, action, target, from, to,
                limit == null ? AuditLog.MAX_ROWS : limit)));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }
}
