package dev.ogi.server.db;

import io.dropwizard.db.DataSourceFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Opens the database: creates the SQLite file's folder, migrates the schema, and sets up JDBI. */
public final class Database {

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    private Database() {
    }

    /**
     * Brings the schema up to date with the versioned migrations: {@code db/migration} holds those
     * both engines run as they are, {@code db/migration-sqlite} the versions whose SQL differs (integer
     * keys, REAL, BLOB, triggers). The build translates those into {@code db/migration-postgresql}
     * (server/pom.xml, antrun), except the versions written there by hand (the triggers) and tables
     * only PostgreSQL needs. Out-of-order migrations are allowed because features add theirs
     * independently.
     */
    public static void migrate(DataSourceFactory dataSource) {
        createSqliteFolder(dataSource.getUrl());
        Flyway.configure()
                .dataSource(dataSource.getUrl(), dataSource.getUser(), dataSource.getPassword())
                .locations("classpath:db/migration", "classpath:db/migration-" + Vendor.of(dataSource.getUrl()).folder())
                .outOfOrder(true)
                .load()
                .migrate();
    }

    /** A JDBI for commands that run without the HTTP server (no pool, no health checks). */
    public static Jdbi openStandalone(DataSourceFactory dataSource) {
        migrate(dataSource);
        Properties properties = new Properties();
        properties.putAll(dataSource.getProperties());
        if (dataSource.getUser() != null) {
            properties.setProperty("user", dataSource.getUser());
        }
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        return configure(Jdbi.create(dataSource.getUrl(), properties));
    }

    public static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        // flags are INTEGER 0/1 on both engines: PostgreSQL refuses a boolean bound to an integer column
        jdbi.registerArgument(new FlagArgumentFactory());
        jdbi.setTransactionHandler(new BusyRetryTransactionHandler());
        return jdbi;
    }

    /** The file behind an SQLite URL, when the URL names one. */
    public static Path sqliteFile(String url) {
        if (url == null || !url.startsWith(SQLITE_PREFIX)) {
            return null;
        }
        String file = url.substring(SQLITE_PREFIX.length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file::memory:")) {
            return null;
        }
        return Path.of(file.startsWith("file:") ? file.substring("file:".length()) : file);
    }

    private static void createSqliteFolder(String url) {
        Path file = sqliteFile(url);
        if (file == null || file.toAbsolutePath().getParent() == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + file.toAbsolutePath().getParent()
                    + ": " + e.getMessage(), e);
        }
    }
}
