package dev.ogi.server.scores;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Score overrides: appended, never updated or deleted. */
@RegisterConstructorMapper(OverrideRow.class)
public interface OverrideDao {

    String COLUMNS = "id, campaign_id, unit_code, indicator_id, action, points, status, reason, author, created_at, "
            + "effective_from";

    @SqlUpdate("INSERT INTO score_overrides (campaign_id, unit_code, indicator_id, action, points, status, reason, author, "
            + "created_at, effective_from) VALUES (:campaignId, :unitCode, :indicatorId, :action, :points, :status, :reason, "
            + ":author, :createdAt, :effectiveFrom)")
    void insertRow(@BindMethods OverrideRow row);

    @SqlQuery("SELECT last_insert_rowid()")
    long lastInsertedId();

    /** Appends the row and answers its id (one connection: SQLite's last_insert_rowid is per connection). */
    @Transaction
    default long insert(OverrideRow row) {
        insertRow(row);
        return lastInsertedId();
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM score_overrides WHERE campaign_id = :campaignId ORDER BY id DESC")
    List<OverrideRow> listForCampaign(String campaignId);

    @SqlQuery("SELECT " + COLUMNS + " FROM score_overrides WHERE campaign_id = :campaignId AND unit_code = :unitCode "
            + "ORDER BY id DESC")
    List<OverrideRow> listForUnit(String campaignId, String unitCode);

    @SqlQuery("SELECT " + COLUMNS + " FROM score_overrides WHERE id = :id")
    java.util.Optional<OverrideRow> find(long id);
}
