package dev.ogi.server.backup;

import dev.ogi.server.db.Database;
import io.dropwizard.db.DataSourceFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A consistent copy of the service's data while it runs, and putting one back. The database is
 * copied with SQLite's {@code VACUUM INTO} (one transaction: a snapshot, however busy the service
 * is); the attachments folder after it, so every file the copied database names is there (a file
 * is written before the row that names it, and files are never changed or deleted).
 */
public final class Backup {

    /** The database's file name inside a backup folder. */
    public static final String DATABASE_FILE = "ogi.db";
    /** The attachments' folder name inside a backup folder. */
    public static final String ATTACHMENTS_FOLDER = "attachments";

    private Backup() {
    }

    /** What a backup or a restore wrote. */
    public record Copied(Path database, long databaseBytes, int attachments) {
    }

    /**
     * Writes the database and the attachments into {@code target} (created; must not already hold
     * a backup).
     *
     * @throws IllegalArgumentException naming what is wrong (not SQLite, the folder in use)
     */
    public static Copied write(DataSourceFactory dataSource, Path attachments, Path target) {
        Path source = sqliteFile(dataSource);
        Path database = target.resolve(DATABASE_FILE);
        try {
            Files.createDirectories(target);
            if (Files.exists(database)) {
                throw new IllegalArgumentException(target + " already holds a backup (" + DATABASE_FILE
                        + "); choose an empty folder");
            }
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source, properties(dataSource));
                    Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 30000");
                statement.execute("VACUUM INTO '" + database.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            int files = copyTree(attachments, target.resolve(ATTACHMENTS_FOLDER), false);
            return new Copied(database, Files.size(database), files);
        } catch (SQLException e) {
            throw new IllegalStateException("the database " + source + " could not be copied: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup into " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup back: the database where the configuration says, the attachments beside the
     * ones there. A database in use (its {@code -wal} or {@code -shm} file present: the service is
     * running, or stopped uncleanly) is refused; the database replaced is kept beside it as
     * {@code ogi.db.before-restore-<time>}, so nothing that was there is lost.
     */
    public static Copied restore(Path backup, DataSourceFactory dataSource, Path attachments, Clock clock) {
        Path source = backup.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(backup + " holds no backup: " + DATABASE_FILE + " is missing");
        }
        Path database = sqliteFile(dataSource);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            if (Files.exists(Path.of(database + suffix))) {
                throw new IllegalArgumentException("the database " + database + " is in use (" + database.getFileName()
                        + suffix + " exists): stop the service first; nothing was restored");
            }
        }
        try {
            Files.createDirectories(database.toAbsolutePath().getParent());
            if (Files.exists(database)) {
                String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
                Files.move(database, Path.of(database + ".before-restore-" + stamp));
            }
            Path partial = Path.of(database + ".restoring");
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
            int files = copyTree(backup.resolve(ATTACHMENTS_FOLDER), attachments, true);
            return new Copied(database, Files.size(database), files);
        } catch (IOException e) {
            throw new UncheckedIOException("the restore from " + backup + " failed: " + e.getMessage(), e);
        }
    }

    private static Path sqliteFile(DataSourceFactory dataSource) {
        Path file = Database.sqliteFile(dataSource.getUrl());
        if (file == null) {
            throw new IllegalArgumentException("backup and restore handle the embedded SQLite database; "
                    + dataSource.getUrl() + " is not one (use the database server's own tools, e.g. pg_dump)");
        }
        return file;
    }

    private static Properties properties(DataSourceFactory dataSource) {
        Properties properties = new Properties();
        properties.putAll(dataSource.getProperties());
        return properties;
    }

    /** Copies every file under {@code from} that {@code to} lacks (content-addressed: same name, same bytes). */
    private static int copyTree(Path from, Path to, boolean skipExisting) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        int copied = 0;
        for (Path file : files) {
            Path destination = to.resolve(from.relativize(file).toString());
            Files.createDirectories(destination.getParent());
            try {
                Files.copy(file, destination);
                copied++;
            } catch (FileAlreadyExistsException e) {
                if (!skipExisting) {
                    throw e;
                }
            }
        }
        return copied;
    }
}
