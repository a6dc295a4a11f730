package dev.ogi.server.appeals;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Appeals and their decisions. */
@RegisterConstructorMapper(Appeal.class)
public interface AppealDao {

    String COLUMNS = "id, unit_code, campaign_id, indicator_id, reason, evidence_url, status, filed_by, filed_at, "
            + "decided_by, decided_at, decision_reason, override_id, evidence_file, evidence_size";

    @SqlQuery("INSERT INTO appeals (unit_code, campaign_id, indicator_id, reason, evidence_url, status, filed_by, filed_at)"
            + " VALUES (:unit, :campaign, :indicator, :reason, :evidenceUrl, 'pending', :by, :at) RETURNING id")
    long insertRow(@Bind("unit") String unitCode, @Bind("campaign") String campaignId, @Bind("indicator") String indicatorId,
            String reason, String evidenceUrl, @Bind("by") String filedBy,
            @Bind("at") String filedAt);

    /** Appends the appeal and answers its id (RETURNING: portable to PostgreSQL). */
    default long insert(String unitCode, String campaignId, String indicatorId, String reason, String evidenceUrl,
            String filedBy, String filedAt) {
        return insertRow(unitCode, campaignId, indicatorId, reason, evidenceUrl, filedBy, filedAt);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM appeals WHERE id = :id")
    Optional<Appeal> find(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM appeals WHERE unit_code = :unit ORDER BY filed_at DESC, id DESC")
    List<Appeal> forUnit(@Bind("unit") String unitCode);

    @SqlQuery("SELECT " + COLUMNS + " FROM appeals WHERE (:status IS NULL OR status = :status) ORDER BY filed_at, id")
    List<Appeal> withStatus(String status);

    /** Attaches a document to a pending appeal; 0 rows when it was decided meanwhile. */
    @SqlUpdate("UPDATE appeals SET evidence_file = :name, evidence_size = :size, evidence_content_type = :type,"
            + " evidence_path = :path WHERE id = :id AND status = 'pending'")
    int attachEvidence(long id, String name, long size,
            @Bind("type") String contentType, String path);

    /** The stored document of an appeal: name, content type and path in the store. */
    @SqlQuery("SELECT evidence_file AS name, evidence_content_type AS content_type, evidence_path AS path FROM appeals"
            + " WHERE id = :id AND evidence_path IS NOT NULL")
    @RegisterConstructorMapper(EvidenceFile.class)
    Optional<EvidenceFile> evidenceFile(long id);

    /** An appeal's evidence document as stored. */
    record EvidenceFile(String name, String contentType, String path) {
    }

    /** Decides a pending appeal; 0 rows when it was decided meanwhile. */
    @SqlUpdate("UPDATE appeals SET status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason,"
            + " override_id = :overrideId WHERE id = :id AND status = 'pending'")
    int decide(long id, String status, @Bind("by") String decidedBy, String at,
            String reason, Long overrideId);
}
