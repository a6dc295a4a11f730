package dev.ogi.server.db;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code database} settings with this service's defaults. A config file that gives only some of
 * them (say, just {@code url}) keeps the defaults of the rest: Jackson builds this class, not a bare
 * {@link DataSourceFactory}, whose defaults (100 connections, a 1 s wait, no driver) are not ours.
 * On SQLite the pragmas the service relies on (foreign keys, WAL, a long busy wait) are always
 * set unless the file names them; on another engine the driver follows the URL unless given.
 */
public class DatabaseSettings extends DataSourceFactory {

    private static final String SQLITE_DRIVER = "org.sqlite.JDBC";
    private static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";
    /** WAL: readers never wait for the crawler's writes; the busy wait lets writers queue rather than fail. */
    private static final Map<String, String> SQLITE_PRAGMAS = Map.of(
            "foreign_keys", "true",
            "journal_mode", "WAL",
            "busy_timeout", "15000",
            "synchronous", "NORMAL");

    public DatabaseSettings() {
        setDriverClass(SQLITE_DRIVER);
        setUrl("jdbc:sqlite:data/ogi.db");
        setMinSize(1);
        setInitialSize(1);
        setMaxSize(8);
        // a burst of requests waits for a connection rather than failing (then 503, see DatabaseUnavailableMapper)
        setMaxWaitForConnection(Duration.seconds(10));
        setValidationQuery("SELECT 1");
    }

    public static DatabaseSettings sqlite(String file) {
        DatabaseSettings settings = new DatabaseSettings();
        settings.setUrl("jdbc:sqlite:" + file);
        return settings;
    }

    /** The connection properties as given, plus the SQLite pragmas the file leaves out. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new LinkedHashMap<>(super.getProperties());
        if (names("jdbc:sqlite:")) {
            SQLITE_PRAGMAS.forEach(properties::putIfAbsent);
        }
        return properties;
    }

    /** The driver given, or the URL's own when the SQLite default was left for another engine. */
    @Override
    public String getDriverClass() {
        String given = super.getDriverClass();
        if (SQLITE_DRIVER.equals(given) && names("jdbc:postgresql:")) {
            return POSTGRESQL_DRIVER;
        }
        return given;
    }

    /** Whether the URL is of this engine; an unsupported one is refused later, by {@link Vendor#of}. */
    private boolean names(String prefix) {
        return getUrl() != null && getUrl().toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    @Override
    public ManagedDataSource build(MetricRegistry metricRegistry, String name) {
        // DataSourceFactory.build reads its fields, not the getters above
        setProperties(getProperties());
        setDriverClass(getDriverClass());
        return super.build(metricRegistry, name);
    }
}
