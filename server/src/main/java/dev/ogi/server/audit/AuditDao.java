package dev.ogi.server.audit;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit log's table: appends and filtered reads, nothing else (the table refuses updates and deletes). */
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditDao {

    @SqlUpdate("INSERT INTO audit_log (at, actor, role, action, target, before, after, reason)"
            + " VALUES (:at, :actor, :role, :action, :target, :before, :after, :reason)")
    void append(@BindMethods AuditEntry entry);

    /** Newest first; a null filter matches all; {@code to} is exclusive. */
    @SqlQuery("SELECT id, at, actor, role, action, target, before, after, reason FROM audit_log"
            + " WHERE (:actor IS NULL OR actor = :actor)"
            + " AND (:action IS NULL OR action = :action OR action LIKE :action || '.%')"
            + " AND (:target IS NULL OR target = :target)"
            + " AND (:from IS NULL OR at >= :from) AND (:to IS NULL OR at < :to)"
            + " ORDER BY at DESC, id DESC LIMIT :limit")
    List<AuditEntry> find(String actor, String action, String target,
            String from, String to, int limit);
}
