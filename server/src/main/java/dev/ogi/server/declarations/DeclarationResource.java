package dev.ogi.server.declarations;

import dev.ogi.server.auth.User;
import dev.ogi.server.core.DomainException;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reviews of a version (the office only), attachment downloads, and the limits the forms show. */
@Path("/declarations")
@Produces(MediaType.APPLICATION_JSON)
public record DeclarationResource(DeclarationService declarations) {

    /**
     * A review decision: {@code {"step": "first_review", "decision": "pass"|"return", "comment": "..."}};
     * {@code step}, the step the reviewer decides, turns a repeated or stale request into a 409.
     */
    public record ReviewBody(String step, String decision, String comment) {
    }

    @POST
    @Path("/versions/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("office")
    public Views.Version review(@Auth User user, @PathParam("id") long id, ReviewBody body) {
        if (body == null) {
            throw DomainException.invalid("请求内容应为 {\"decision\": \"pass\" 或 \"return\", \"comment\": \"...\"}");
        }
        return declarations.reviews().review(UnitDeclarationsResource.actor(user), id, java.util.Optional.ofNullable(body.step()),
                body.decision(), body.comment());
    }

    @GET
    @Path("/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"office", "leader", "unit"})
    public Response download(@Auth User user, @PathParam("id") long id) {
        StoredAttachment attachment = declarations.attachments().download(UnitDeclarationsResource.actor(user), id);
        String encoded = URLEncoder.encode(attachment.row().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(attachment.file().toFile(), attachment.row().contentType())
                .header("Content-Disposition", "attachment; filename=\"attachment\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/settings")
    @RolesAllowed({"office", "leader", "unit"})
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("maxAttachmentBytes", declarations.configuration().getMaxAttachmentSize().toBytes());
        settings.put("distinctReviewers", declarations.configuration().isDistinctReviewers());
        settings.put("reviewOverdueDays", declarations.configuration().getReviewOverdueDays());
        settings.put("acceptedDocuments", Arrays.stream(DocumentType.values()).map(DocumentType::label).toList());
        return settings;
    }
}
