package dev.ogi.server.alerts;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(UnitAlert.class)
public interface UnitAlertDao {

    String COLUMNS = "id, unit_code, event_key, kind, message, detected_on, created_at, email, status, attempts,"
            + " next_attempt_at, sent_at, last_error";

    /** 1 when the event is new, 0 when it was alerted before (once per event). */
    @SqlUpdate("INSERT INTO unit_alerts (unit_code, event_key, kind, message, detected_on, created_at, email,"
            + " status, next_attempt_at) VALUES (:unit, :key, :kind, :message, :day, :at, :email,"
            + " CASE WHEN :email IS NULL THEN 'no_address' ELSE 'queued' END, :at)"
            + " ON CONFLICT DO NOTHING")
    int add(@Bind("unit") String unitCode, @Bind("key") String eventKey, String kind,
            String message, @Bind("day") String detectedOn, String at,
            String email);

    @SqlQuery("SELECT " + COLUMNS + " FROM unit_alerts WHERE unit_code = :unit ORDER BY created_at DESC, id DESC")
    List<UnitAlert> forUnit(@Bind("unit") String unitCode);

    /** Alerts due to be mailed now (new, or failed and waiting for their retry, or a lease that ran out). */
    @SqlQuery("SELECT " + COLUMNS + " FROM unit_alerts WHERE status IN ('queued', 'retry', 'sending')"
            + " AND next_attempt_at <= :now ORDER BY unit_code, id LIMIT :limit")
    List<UnitAlert> due(String now, int limit);

    /** Takes the alerts for one message; how many were taken (fewer: another sender has some). */
    @SqlUpdate("UPDATE unit_alerts SET status = 'sending', next_attempt_at = :lease WHERE id IN (<ids>)"
            + " AND status IN ('queued', 'retry', 'sending') AND next_attempt_at <= :now")
    int claim(@BindList("ids") List<Long> ids, String now, String lease);

    @SqlUpdate("UPDATE unit_alerts SET status = 'sent', sent_at = :at, attempts = attempts + 1, last_error = NULL"
            + " WHERE id IN (<ids>)")
    void markSent(@BindList("ids") List<Long> ids, String at);

    @SqlUpdate("UPDATE unit_alerts SET status = CASE WHEN :next IS NULL THEN 'failed' ELSE 'retry' END,"
            + " attempts = attempts + 1, last_error = :error, next_attempt_at = :next WHERE id IN (<ids>)")
    void markFailed(@BindList("ids") List<Long> ids, String error, @Bind("next") String nextAttemptAt);
}
