package dev.ogi.server.declarations;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Declarations, their versions, review trail and attachments (schema V3). Inserts use RETURNING:
 * the pooled SQLite driver answers getGeneratedKeys with no rows.
 */
@RegisterConstructorMapper(DeclarationRow.class)
@RegisterConstructorMapper(VersionRow.class)
@RegisterConstructorMapper(ReviewRow.class)
@RegisterConstructorMapper(AttachmentRow.class)
@RegisterConstructorMapper(PendingRow.class)
public interface DeclarationDao {

    String VERSION_COLUMNS = "id, declaration_id, version, fields_json, status, created_by, created_at, submitted_at, published_at";
    String ATTACHMENT_COLUMNS = "id, version_id, field_id, file_name, content_type, size_bytes, sha256, stored_path, "
            + "uploaded_by, uploaded_at";

    @SqlQuery("SELECT id, unit_code, campaign_id, type_id, created_at FROM declarations "
            + "WHERE unit_code = :unit AND campaign_id = :campaign AND type_id = :type")
    Optional<DeclarationRow> findDeclaration(@Bind("unit") String unitCode, @Bind("campaign") String campaignId,
            @Bind("type") String typeId);

    @SqlQuery("SELECT id, unit_code, campaign_id, type_id, created_at FROM declarations WHERE id = :id")
    Optional<DeclarationRow> declaration(long id);

    @SqlQuery("SELECT id, unit_code, campaign_id, type_id, created_at FROM declarations "
            + "WHERE unit_code = :unit AND campaign_id = :campaign ORDER BY id")
    List<DeclarationRow> declarationsOf(@Bind("unit") String unitCode, @Bind("campaign") String campaignId);

    @SqlQuery("INSERT INTO declarations (unit_code, campaign_id, type_id, created_at) VALUES (:unit, :campaign, :type, :at) "
            + "RETURNING id")
    long insertDeclaration(@Bind("unit") String unitCode, @Bind("campaign") String campaignId, @Bind("type") String typeId,
            String at);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM declaration_versions WHERE declaration_id = :declaration ORDER BY version")
    List<VersionRow> versions(@Bind("declaration") long declarationId);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM declaration_versions WHERE id = :id")
    Optional<VersionRow> version(@Bind("id") long versionId);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM declaration_versions WHERE declaration_id = :declaration "
            + "ORDER BY version DESC LIMIT 1")
    Optional<VersionRow> latestVersion(@Bind("declaration") long declarationId);

    @SqlQuery("INSERT INTO declaration_versions (declaration_id, version, fields_json, status, created_by, created_at) "
            + "VALUES (:declaration, :version, :fields, 'draft', :by, :at) RETURNING id")
    long insertDraft(@Bind("declaration") long declarationId, int version, @Bind("fields") String fieldsJson,
            @Bind("by") String createdBy, String at);

    @SqlUpdate("UPDATE declaration_versions SET fields_json = :fields WHERE id = :id AND status = 'draft'")
    int updateDraft(@Bind("id") long versionId, @Bind("fields") String fieldsJson);

    /** Moves a version on only if it is still where the caller saw it (two reviewers at once: one wins). */
    @SqlUpdate("UPDATE declaration_versions SET status = :to, "
            + "submitted_at = CASE WHEN :to = 'submitted' THEN :at ELSE submitted_at END, "
            + "published_at = CASE WHEN :to = 'published' THEN :at ELSE published_at END "
            + "WHERE id = :id AND status = :from")
    int moveStatus(@Bind("id") long versionId, String from, String to, String at);

    @SqlUpdate("INSERT INTO declaration_reviews (version_id, step, decision, actor, comment, at) "
            + "VALUES (:version, :step, :decision, :actor, :comment, :at)")
    void insertReview(@Bind("version") long versionId, String step, String decision,
            String actor, String comment, String at);

    @SqlQuery("SELECT r.id, r.version_id, r.step, r.decision, r.actor, r.comment, r.at FROM declaration_reviews r "
            + "JOIN declaration_versions v ON v.id = r.version_id WHERE v.declaration_id = :declaration ORDER BY r.id")
    List<ReviewRow> reviewsOfDeclaration(@Bind("declaration") long declarationId);

    @SqlQuery("SELECT id, version_id, step, decision, actor, comment, at FROM declaration_reviews "
            + "WHERE version_id = :version ORDER BY id")
    List<ReviewRow> reviewsOfVersion(@Bind("version") long versionId);

    @SqlQuery("INSERT INTO declaration_attachments (version_id, field_id, file_name, content_type, size_bytes, sha256, "
            + "stored_path, uploaded_by, uploaded_at) VALUES (:version, :field, :name, :type, :size, :sha, :path, :by, :at) "
            + "RETURNING id")
    long insertAttachment(@Bind("version") long versionId, @Bind("field") String fieldId, @Bind("name") String fileName,
            @Bind("type") String contentType, @Bind("size") long sizeBytes, @Bind("sha") String sha256,
            @Bind("path") String storedPath, @Bind("by") String uploadedBy, String at);

    @SqlQuery("SELECT " + ATTACHMENT_COLUMNS + " FROM declaration_attachments WHERE id = :id")
    Optional<AttachmentRow> attachment(long id);

    @SqlQuery("SELECT a.id, a.version_id, a.field_id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.stored_path, "
            + "a.uploaded_by, a.uploaded_at FROM declaration_attachments a JOIN declaration_versions v ON v.id = a.version_id "
            + "WHERE v.declaration_id = :declaration ORDER BY a.id")
    List<AttachmentRow> attachmentsOfDeclaration(@Bind("declaration") long declarationId);

    @SqlQuery("SELECT v.id AS version_id, v.declaration_id, d.unit_code, u.name AS unit_name, d.campaign_id, d.type_id, "
            + "v.version, v.status, v.submitted_at, "
            + "COALESCE((SELECT MAX(r.at) FROM declaration_reviews r WHERE r.version_id = v.id), v.submitted_at) AS waiting_since "
            + "FROM declaration_versions v JOIN declarations d ON d.id = v.declaration_id JOIN units u ON u.code = d.unit_code "
            + "WHERE v.status IN (<statuses>) AND d.campaign_id = :campaign ORDER BY waiting_since, v.id")
    List<PendingRow> pending(@BindList("statuses") List<String> statuses, @Bind("campaign") String campaignId);

    @SqlQuery("SELECT v.status FROM declaration_versions v JOIN declarations d ON d.id = v.declaration_id "
            + "WHERE d.campaign_id = :campaign AND v.version = (SELECT MAX(v2.version) FROM declaration_versions v2 "
            + "WHERE v2.declaration_id = v.declaration_id)")
    List<String> latestStatuses(@Bind("campaign") String campaignId);
}
