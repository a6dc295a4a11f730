package dev.ogi.server.auth;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The accounts. */
@RegisterConstructorMapper(UserRow.class)
public interface UserDao {

    String COLUMNS = "username, role, unit_code, password_hash, created_at, disabled";

    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username")
    Optional<UserRow> find(String username);

    @SqlQuery("SELECT " + COLUMNS + " FROM users ORDER BY CASE role WHEN 'office' THEN 0 WHEN 'leader' THEN 1 ELSE 2 END, username")
    List<UserRow> listAll();

    /** Adds the account unless the name is taken; true when it was added. */
    @SqlUpdate("INSERT INTO users (username, role, unit_code, password_hash, created_at, disabled) "
            + "VALUES (:username, :role, :unitCode, :passwordHash, :createdAt, 0) ON CONFLICT DO NOTHING")
    boolean insertIfAbsent(String username, String role, String unitCode,
            String passwordHash, String createdAt);

    @SqlUpdate("UPDATE users SET password_hash = :passwordHash WHERE username = :username")
    int setPasswordHash(String username, String passwordHash);

    @SqlUpdate("UPDATE users SET role = :role, unit_code = :unitCode WHERE username = :username")
    int setRole(String username, String role, String unitCode);

    @SqlUpdate("UPDATE users SET disabled = :disabled WHERE username = :username")
    int setDisabled(String username, boolean disabled);
}
