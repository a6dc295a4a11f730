package dev.ogi.server.db;

import java.util.Locale;

/** The database engines the service runs on: SQLite (the embedded default) and PostgreSQL (a cluster's shared store). */
public enum Vendor {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Vendor(String folder) {
        this.folder = folder;
    }

    /** The name of the engine's own migration folder, {@code db/migration-<folder>}. */
    public String folder() {
        return folder;
    }

    /**
     * The engine a JDBC URL names.
     *
     * @throws IllegalArgumentException naming the URL when it is neither SQLite nor PostgreSQL
     */
    public static Vendor of(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("database.url " + jdbcUrl
                + " is not supported: use jdbc:sqlite:<file> or jdbc:postgresql://<host>:<port>/<database>");
    }
}
