package dev.ogi.server.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.auth.User;
import dev.ogi.server.core.DomainException;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * One unit's declarations: read with versions and trail, draft, submit, attach documents. The
 * service checks every permission again (a unit only for itself, leaders only read). Its own
 * root path, so that it never competes with the registry's {@code /units} resource.
 */
@Path("/units/{code}/declarations")
@Produces(MediaType.APPLICATION_JSON)
public record UnitDeclarationsResource(DeclarationService declarations) {

    /** The form sent to save or submit: {@code {"fields": {"officeName": "...", ...}}}. */
    public record FormBody(Map<String, JsonNode> fields) {
    }

    static Actor actor(User user) {
        return new Actor(user.username(), user.role(), user.unitCode());
    }

    @GET
    @RolesAllowed({"office", "leader", "unit"})
    public Views.UnitDeclarations list(@Auth User user, @PathParam("code") String code,
            @QueryParam("campaign") String campaign) {
        return declarations.list(actor(user), code, campaign);
    }

    @GET
    @Path("/{type}")
    @RolesAllowed({"office", "leader", "unit"})
    public Views.Declaration get(@Auth User user, @PathParam("code") String code, @PathParam("type") String type,
            @QueryParam("campaign") String campaign) {
        return declarations.get(actor(user), code, campaign, type);
    }

    @PUT
    @Path("/{type}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"office", "unit"})
    public Views.Declaration saveDraft(@Auth User user, @PathParam("code") String code, @PathParam("type") String type,
            @QueryParam("campaign") String campaign, FormBody body) {
        if (body == null || body.fields() == null) {
            throw DomainException.invalid("请求内容应为 {\"fields\": {...}}");
        }
        return declarations.saveDraft(actor(user), code, campaign, type, body.fields());
    }

    /** Submits the draft; with a body, saves those fields first (in the same transaction). */
    @POST
    @Path("/{type}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"office", "unit"})
    public Views.Declaration submit(@Auth User user, @PathParam("code") String code, @PathParam("type") String type,
            @QueryParam("campaign") String campaign, FormBody body) {
        Optional<Map<String, JsonNode>> fields = body == null ? Optional.empty() : Optional.ofNullable(body.fields());
        return declarations.submit(actor(user), code, campaign, type, fields);
    }

    /** Uploads a document for a document field of the draft, as multipart form data (part {@code file}). */
    @POST
    @Path("/{type}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"office", "unit"})
    public Views.Attachment uploadMultipart(@Auth User user, @PathParam("code") String code, @PathParam("type") String type,
            @QueryParam("campaign") String campaign, @QueryParam("field") String field,
            @FormDataParam("field") String fieldPart, @FormDataParam("file") InputStream file,
            @FormDataParam("file") FormDataContentDisposition disposition) {
        String fieldId = field != null ? field : fieldPart;
        if (file == null) {
            throw new DomainException(DomainException.Kind.INVALID, "请选择要上传的文件（表单字段 file）",
                    List.of(new FieldError(fieldId == null ? "file" : fieldId, "未选择文件")));
        }
        String name = disposition == null ? null : utf8FileName(disposition.getFileName());
        return declarations.attachments().upload(actor(user), code, campaign, type, fieldId, name, file);
    }

    /**
     * Browsers send a multipart file name as raw UTF-8 bytes, which the parser reads as ISO-8859-1
     * (保密.docx arrives as "ä¿å¯.docx"); read those bytes again as UTF-8 when they are UTF-8.
     */
    static String utf8FileName(String name) {
        if (name == null || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name;
        }
    }

    /** The same, as the raw file in the body with its name in {@code X-File-Name} (URL-encoded). */
    @POST
    @Path("/{type}/attachments")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed({"office", "unit"})
    public Views.Attachment uploadRaw(@Auth User user, @PathParam("code") String code, @PathParam("type") String type,
            @QueryParam("campaign") String campaign, @QueryParam("field") String field,
            @HeaderParam("X-File-Name") String fileName, InputStream body) {
        String name = fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        return declarations.attachments().upload(actor(user), code, campaign, type, field, name, body);
    }
}
