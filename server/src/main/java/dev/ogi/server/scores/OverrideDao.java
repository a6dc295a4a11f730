package dev.ogi.server.scores;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Score overrides: appended, never updated or deleted. */
@RegisterConstructorMapper(OverrideRow.class)
public interface OverrideDao {

    String COLUMNS = "id, campaign_id, unit_code, indicator_id, action, points, status, reason, author, created_at, "
            + "effective_from";

    @SqlQuery("INSERT INTO score_overrides (campaign_id, unit_code, indicator_id, action, points, status, reason, author, "
            + "created_at, effective_from) VALUES (:campaignId, :unitCode, :indicatorId, :action, :points, :status, :reason, "
            + ":author, :createdAt, :effectiveFrom) RETURNING id")
    long insertRow(@BindMethods OverrideRow row);

    /** Appends the row and answers its id (RETURNING: portable to PostgreSQL). */
    default long insert(OverrideRow row) {
        return insertRow(row);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM score_overrides WHERE campaign_id = :campaignId ORDER BY id DESC")
    List<OverrideRow> listForCampaign(String campaignId);

    @SqlQuery("SELECT " + COLUMNS + " FROM score_overrides WHERE campaign_id = :campaignId AND unit_code = :unitCode "
            + "ORDER BY id DESC")
    List<OverrideRow> listForUnit(String campaignId, String unitCode);

    @SqlQuery("SELECT " + COLUMNS + " FROM score_overrides WHERE id = :id")
    java.util.Optional<OverrideRow> find(long id);
}
