package dev.ogi.server.declarations;

import dev.ogi.server.auth.User;
import dev.ogi.server.core.DomainException;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** A unit's generated guide and catalogue drafts: guide.html, guide.docx, catalogue.html, catalogue.docx. */
@Path("/units/{code}/generated")
public record GeneratedDocumentsResource(GeneratedDocuments generated) {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @GET
    @Path("/{file}")
    @Produces({MediaType.TEXT_HTML, DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({"office", "leader", "unit"})
    public Response generated(@Auth User user, @PathParam("code") String code, @PathParam("file") String file,
            @QueryParam("campaign") String campaign, @QueryParam("year") Integer year) {
        Actor actor = UnitDeclarationsResource.actor(user);
        GeneratedDocument document = switch (file) {
            case "guide.html", "guide.docx" -> generated.guide(actor, code, campaign, year);
            case "catalogue.html", "catalogue.docx" -> generated.catalogue(actor, code, campaign, year);
            default -> throw DomainException.notFound("没有名为 " + file
                    + " 的生成文件；可选 guide.html、guide.docx、catalogue.html、catalogue.docx");
        };
        String name = code + "-" + document.fileName();
        if (file.endsWith(".html")) {
            return Response.ok(DocumentRenderer.html(document).getBytes(StandardCharsets.UTF_8),
                            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "inline; filename=\"" + name + ".html\"")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .build();
        }
        return Response.ok(DocumentRenderer.docx(document), DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".docx\"")
                .build();
    }
}
