package dev.ogi.server.availability;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The daily aggregates of the homepage probes and each unit's latest failures. */
public interface AvailabilityDao {

    /** One probe folded into its unit's day. */
    record DayIncrement(String unitCode, String day, int probes, int failures, long latencyMs, long maxLatencyMs,
            Integer failureStatus, String failureReason) {
    }

    /** One failure kept as evidence. */
    record FailureRow(String unitCode, String probedAt, String outcome, int status, long latencyMs, String reason) {
    }

    /** A unit's day as stored. */
    record DayRow(String unitCode, String day, int probes, int failures, long totalLatencyMs, long maxLatencyMs,
            Integer lastFailureStatus, String lastFailureReason) {
    }

    /** A unit's probes and failures added up over a span of days. */
    record SpanRow(String unitCode, int probes, int failures) {
    }

    @SqlBatch("INSERT INTO availability_days (unit_code, day, probes, failures, total_latency_ms, max_latency_ms,"
            + " last_failure_status, last_failure_reason)"
            + " VALUES (:unitCode, :day, :probes, :failures, :latencyMs, :maxLatencyMs, :failureStatus, :failureReason)"
            // the stored row named by its table, as PostgreSQL needs (SQLite accepts it too); no two-argument max()
            + " ON CONFLICT (unit_code, day) DO UPDATE SET probes = availability_days.probes + excluded.probes,"
            + " failures = availability_days.failures + excluded.failures,"
            + " total_latency_ms = availability_days.total_latency_ms + excluded.total_latency_ms,"
            + " max_latency_ms = CASE WHEN excluded.max_latency_ms > availability_days.max_latency_ms"
            + " THEN excluded.max_latency_ms ELSE availability_days.max_latency_ms END,"
            + " last_failure_status = coalesce(excluded.last_failure_status, availability_days.last_failure_status),"
            + " last_failure_reason = coalesce(excluded.last_failure_reason, availability_days.last_failure_reason)")
    void addToDays(@BindMethods List<DayIncrement> increments);

    @SqlBatch("INSERT INTO availability_failures (unit_code, probed_at, outcome, status, latency_ms, reason)"
            + " VALUES (:unitCode, :probedAt, :outcome, :status, :latencyMs, :reason)")
    void insertFailures(@BindMethods List<FailureRow> failures);

    /** Keeps each unit's {@code keep} latest failures. */
    @SqlUpdate("DELETE FROM availability_failures WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER"
            + " (PARTITION BY unit_code ORDER BY probed_at DESC, id DESC) AS n FROM availability_failures) AS ranked WHERE n > :keep)")
    int pruneFailures(int keep);

    /** Folds one run into the days, keeps its failures, prunes the old ones: one transaction. */
    @Transaction
    default void record(List<DayIncrement> increments, List<FailureRow> failures, int keepFailures) {
        addToDays(increments);
        if (!failures.isEmpty()) {
            insertFailures(failures);
            pruneFailures(keepFailures);
        }
    }

    @SqlQuery("SELECT unit_code, day, probes, failures, total_latency_ms, max_latency_ms, last_failure_status,"
            + " last_failure_reason FROM availability_days WHERE unit_code = :unit AND day BETWEEN :from AND :to"
            + " ORDER BY day")
    @RegisterConstructorMapper(DayRow.class)
    List<DayRow> days(@Bind("unit") String unitCode, String from, String to);

    @SqlQuery("SELECT unit_code, sum(probes) AS probes, sum(failures) AS failures FROM availability_days"
            + " WHERE day BETWEEN :from AND :to GROUP BY unit_code ORDER BY unit_code")
    @RegisterConstructorMapper(SpanRow.class)
    List<SpanRow> spans(String from, String to);

    @SqlQuery("SELECT unit_code, probed_at, outcome, status, latency_ms, reason FROM availability_failures"
            + " WHERE unit_code = :unit AND probed_at < :before ORDER BY probed_at DESC, id DESC LIMIT :limit")
    @RegisterConstructorMapper(FailureRow.class)
    List<FailureRow> recentFailures(@Bind("unit") String unitCode, String before, int limit);
}
