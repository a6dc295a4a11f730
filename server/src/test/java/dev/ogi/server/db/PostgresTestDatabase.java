package dev.ogi.server.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use, named by the environment:
 * {@code OGI_TEST_PG_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/ogi_test}),
 * {@code OGI_TEST_PG_USER} and {@code OGI_TEST_PG_PASSWORD} (both default to {@code ogi_test}).
 * Each test database is a fresh schema of that database ({@code currentSchema} in the URL), so
 * tests never see each other's rows and the role needs no right to create databases.
 * {@code .ci/run} starts Debian's server and sets these when none is reachable.
 */
public final class PostgresTestDatabase {

    public static final String URL_VARIABLE = "OGI_TEST_PG_URL";

    private static volatile Optional<String> unavailable;

    private PostgresTestDatabase() {
    }

    public static String url() {
        return System.getenv(URL_VARIABLE);
    }

    public static String user() {
        return env("OGI_TEST_PG_USER", "ogi_test");
    }

    public static String password() {
        return env("OGI_TEST_PG_PASSWORD", "ogi_test");
    }

    /** Why no server can be used (empty when one answers), asked once per test run. */
    public static Optional<String> unavailable() {
        Optional<String> reason = unavailable;
        if (reason == null) {
            reason = probe();
            unavailable = reason;
        }
        return reason;
    }

    /** Whether the tests must fail rather than skip when no server is there: under CI. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A new empty schema; the answer is a JDBC URL whose connections use it. */
    public static String newSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + url() + ": " + e.getMessage(), e);
        }
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static Optional<String> probe() {
        String url = url();
        if (url == null || url.isBlank()) {
            return Optional.of("no PostgreSQL server given: set " + URL_VARIABLE
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/ogi_test) and OGI_TEST_PG_USER / OGI_TEST_PG_PASSWORD");
        }
        try (Connection c = DriverManager.getConnection(url, user(), password())) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL at " + url + " (user " + user() + ") is not reachable: " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
