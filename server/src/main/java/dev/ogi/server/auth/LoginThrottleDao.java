package dev.ogi.server.auth;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The login throttle's counters ({@code login_throttle}, V63). Each change is one statement whose
 * condition is checked on the row as it is updated, so nodes counting at once never lose a count.
 * An attempt left "in flight" by a node that died stops counting after {@code staleMs}. A statement
 * that changes a counter touches one row, so parallel sign-ins never wait on each other in a cycle.
 */
interface LoginThrottleDao {

    /**
     * Takes an attempt unless the key must wait, or (past the free ones) another attempt's outcome
     * is awaited: one statement, creating the row on first use; a row back when taken.
     */
    @SqlQuery("INSERT INTO login_throttle (throttle_key, failures, in_flight, updated_ms) VALUES (:key, 0, 1, :now) "
            + "ON CONFLICT (throttle_key) DO UPDATE SET "
            + "in_flight = CASE WHEN login_throttle.updated_ms < :now - :staleMs THEN 1 ELSE login_throttle.in_flight + 1 END, "
            + "updated_ms = :now WHERE (login_throttle.not_before_ms IS NULL OR login_throttle.not_before_ms <= :now) "
            + "AND NOT (login_throttle.failures + login_throttle.in_flight >= :free AND login_throttle.in_flight > 0 "
            + "AND login_throttle.updated_ms >= :now - :staleMs) RETURNING in_flight")
    Optional<Integer> acquire(String key, long now, int free, long staleMs);

    @SqlUpdate("UPDATE login_throttle SET in_flight = CASE WHEN in_flight > 0 THEN in_flight - 1 ELSE 0 END, updated_ms = :now "
            + "WHERE throttle_key = :key")
    void release(String key, long now);

    /**
     * Counts a failure (creating the row if it is gone) and returns the failures in a row now. A
     * failure reaching {@code free} holds the next attempt back until {@code firstNotBefore} in the
     * same statement, so no attempt slips in before {@link #delay} writes the full wait.
     * {@code insertNotBefore} is that hold for a row created here (its first failure).
     */
    @SqlQuery("INSERT INTO login_throttle (throttle_key, failures, in_flight, updated_ms, not_before_ms) "
            + "VALUES (:key, 1, 0, :now, :insertNotBefore) "
            + "ON CONFLICT (throttle_key) DO UPDATE SET failures = login_throttle.failures + 1, "
            + "in_flight = CASE WHEN login_throttle.in_flight > 0 THEN login_throttle.in_flight - 1 ELSE 0 END, "
            + "not_before_ms = CASE WHEN login_throttle.failures + 1 >= :free AND (login_throttle.not_before_ms IS NULL "
            + "OR login_throttle.not_before_ms < :firstNotBefore) THEN :firstNotBefore ELSE login_throttle.not_before_ms END, "
            + "updated_ms = :now RETURNING failures")
    int fail(String key, long now, int free, long firstNotBefore, Long insertNotBefore);

    /** Moves the earliest next attempt later, never earlier (two failures counted at once). */
    @SqlUpdate("UPDATE login_throttle SET not_before_ms = :notBefore WHERE throttle_key = :key "
            + "AND (not_before_ms IS NULL OR not_before_ms < :notBefore)")
    void delay(String key, long notBefore);

    @SqlUpdate("DELETE FROM login_throttle WHERE throttle_key = :key AND failures = 0 AND in_flight = 0")
    void dropIfClear(String key);

    /**
     * One key a statement: PostgreSQL locks the rows of one DELETE in the order it finds them, so two
     * successes deleting the same two rows in one statement each could deadlock.
     */
    @SqlUpdate("DELETE FROM login_throttle WHERE throttle_key = :key")
    void clear(String key);

    @SqlQuery("SELECT max(not_before_ms) FROM login_throttle WHERE throttle_key IN (<keys>)")
    Optional<Long> notBefore(@BindList("keys") List<String> keys);

    @SqlUpdate("DELETE FROM login_throttle WHERE updated_ms < :before AND (not_before_ms IS NULL OR not_before_ms < :before)")
    int purge(long before);
}
