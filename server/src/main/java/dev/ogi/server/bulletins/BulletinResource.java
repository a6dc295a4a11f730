package dev.ogi.server.bulletins;

import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ogi.server.core.AsOfClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The bulletins archive and issuing on demand. Everyone signed in reads bulletins; only the
 * general office sees per-recipient delivery and issues one.
 * {@code afterIssue} runs after a new bulletin is issued (it triggers the outbox).
 */
@Path("/bulletins")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public record BulletinResource(BulletinService bulletins, AsOfClock asOf, Runnable afterIssue) {

    /** A bulletin with its page; {@code recipients} only for the office. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BulletinView(BulletinRow bulletin, String html, List<RecipientRow> recipients, Delivery delivery) {
    }

    /** Counts of copies by delivery state. */
    public record Delivery(long queued, long sent, long failed, long gaveUp) {
        static Delivery of(List<RecipientRow> copies) {
            long queued = copies.stream().filter(c -> c.status().equals("queued") || c.status().equals("sending")).count();
            long sent = copies.stream().filter(c -> c.status().equals("sent")).count();
            long failed = copies.stream().filter(c -> c.status().equals("failed") && c.nextAttemptAt() != null).count();
            long gaveUp = copies.stream().filter(c -> c.status().equals("failed") && c.nextAttemptAt() == null).count();
            return new Delivery(queued, sent, failed, gaveUp);
        }
    }

    /** The answer to an issue request: the bulletin and whether this request issued it. */
    public record IssueResult(BulletinRow bulletin, boolean created) {
    }

    @GET
    @Timed
    @RolesAllowed({"office", "leader", "unit"})
    public List<BulletinRow> archive() {
        return bulletins.list();
    }

    @GET
    @Path("/{id}")
    @Timed
    @RolesAllowed({"office", "leader", "unit"})
    public BulletinView bulletin(@PathParam("id") long id, @Context SecurityContext security) {
        BulletinRow row = bulletins.require(id);
        String html = bulletins.html(id);
        if (isOffice(security)) {
            List<RecipientRow> copies = bulletins.recipients(id);
            return new BulletinView(row, html, copies, Delivery.of(copies));
        }
        return new BulletinView(row, html, null, null);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Timed
    @RolesAllowed({"office", "leader", "unit"})
    public Response pdf(@PathParam("id") long id) {
        BulletinRow row = bulletins.require(id);
        if (!row.pdfAvailable()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(java.util.Map.of("error", row.pdfProblem(), "html", "/api/bulletins/" + id + "/html"))
                    .build();
        }
        return Response.ok(bulletins.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"bulletin-" + row.number() + ".pdf\"")
                .header("ETag", "\"" + row.pdfSha256() + "\"")
                .build();
    }

    @GET
    @Path("/{id}/html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Timed
    @RolesAllowed({"office", "leader", "unit"})
    public Response html(@PathParam("id") long id) {
        // the page is self-contained: nothing may load or run
        return Response.ok(bulletins.html(id))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    /**
     * Issues a bulletin now, as of today or {@code ?asOf=}. Without an {@code Idempotency-Key}
     * header the key is the campaign and day, like the schedule's: one bulletin per day; repeating
     * the request returns it (200) instead of issuing another (201).
     */
    @POST
    @Timed
    @RolesAllowed("office")
    public Response issue(@QueryParam("asOf") String asOfParameter, @HeaderParam("Idempotency-Key") String requestKey,
            @Context SecurityContext security) {
        LocalDate day = asOf.resolve(asOfParameter);
        String issuedBy = security == null || security.getUserPrincipal() == null ? "office"
                : security.getUserPrincipal().getName();
        BulletinService.Issued issued = requestKey == null || requestKey.isBlank()
                ? bulletins.issue(day, issuedBy)
                : bulletins.issue(day, issuedBy, "request/" + requestKey.strip());
        if (issued.created()) {
            afterIssue.run();
        }
        return Response.status(issued.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new IssueResult(issued.bulletin(), issued.created()))
                .build();
    }

    private static boolean isOffice(SecurityContext security) {
        // before sign-in is enforced there is no principal: treat the caller as the office
        return security == null || security.getUserPrincipal() == null || security.isUserInRole("office");
    }
}
