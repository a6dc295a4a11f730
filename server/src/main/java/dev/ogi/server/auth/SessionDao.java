package dev.ogi.server.auth;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Server-side sessions, keyed by the SHA-256 of the cookie value. */
public interface SessionDao {

    /** A live session with its account. */
    record SessionRow(String idHash, String csrfToken, String expiresAt, String username, String role, String unitCode,
            boolean disabled) {
    }

    @SqlUpdate("INSERT INTO sessions (id_hash, username, csrf_token, created_at, expires_at) "
            + "VALUES (:idHash, :username, :csrfToken, :createdAt, :expiresAt)")
    void insert(String idHash, String username, String csrfToken,
            String createdAt, String expiresAt);

    @SqlQuery("SELECT s.id_hash, s.csrf_token, s.expires_at, u.username, u.role, u.unit_code, u.disabled "
            + "FROM sessions s JOIN users u ON u.username = s.username WHERE s.id_hash = :idHash")
    @RegisterConstructorMapper(SessionRow.class)
    Optional<SessionRow> find(String idHash);

    @SqlUpdate("UPDATE sessions SET expires_at = :expiresAt WHERE id_hash = :idHash")
    void extend(String idHash, String expiresAt);

    @SqlUpdate("DELETE FROM sessions WHERE id_hash = :idHash")
    void delete(String idHash);

    @SqlUpdate("DELETE FROM sessions WHERE username = :username")
    void deleteForUser(String username);

    @SqlUpdate("DELETE FROM sessions WHERE expires_at < :now")
    int deleteExpired(String now);
}
