package dev.ogi.server;

import dev.ogi.server.auth.PasswordHasher;
import dev.ogi.server.auth.User;
import dev.ogi.server.auth.UserDao;
import dev.ogi.server.db.Database;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;
import org.jdbi.v3.core.Jdbi;

/**
 * The real application on a fresh SQLite file in a temporary folder, on free loopback ports; in a
 * test run on PostgreSQL ({@link PostgresMode}) on a fresh schema of the test server instead.
 */
public final class TestApp {

    /** The accounts the helpers below create on demand, all with {@link #PASSWORD}. */
    public static final String OFFICE_USER = "test-office";
    public static final String LEADER_USER = "test-leader";
    public static final String PASSWORD = "test-password";

    private static final Set<String> CREATED_USERS = ConcurrentHashMap.newKeySet();

    private TestApp() {
    }

    public static DropwizardAppExtension<OgiConfiguration> extension(ConfigOverride... overrides) {
        return extension(newDatabaseFile(), overrides);
    }

    /** On a given database file, to start a second instance on the same data (a restart). */
    public static DropwizardAppExtension<OgiConfiguration> extension(Path databaseFile, ConfigOverride... overrides) {
        return extension(OgiApplication.class, databaseFile, overrides);
    }

    /** A variant of the application (a subclass), on a fresh database. */
    public static DropwizardAppExtension<OgiConfiguration> extension(Class<? extends OgiApplication> application,
            ConfigOverride... overrides) {
        return extension(application, newDatabaseFile(), overrides);
    }

    private static DropwizardAppExtension<OgiConfiguration> extension(Class<? extends OgiApplication> application,
            Path databaseFile, ConfigOverride... overrides) {
        List<ConfigOverride> all = new ArrayList<>();
        if (PostgresMode.on()) {
            all.addAll(PostgresMode.database(databaseFile));
        } else {
            all.add(ConfigOverride.config("database.url", "jdbc:sqlite:" + databaseFile));
        }
        all.addAll(Arrays.asList(overrides));
        return new DropwizardAppExtension<>(application, ResourceHelpers.resourceFilePath("test-config.yml"),
                all.toArray(ConfigOverride[]::new)) {
            // on a shared, loaded machine a bulletin's first PDF can take longer than Dropwizard's 5 s default
            @Override
            protected org.glassfish.jersey.client.JerseyClientBuilder clientBuilder() {
                return (org.glassfish.jersey.client.JerseyClientBuilder) super.clientBuilder()
                        .property(org.glassfish.jersey.client.ClientProperties.READ_TIMEOUT, 60_000);
            }
        };
    }

    /** A JDBI on the application's database (SQLite file or PostgreSQL schema), without plugins. */
    public static Jdbi rawJdbi(DropwizardAppExtension<?> app) {
        io.dropwizard.db.DataSourceFactory database = ((OgiConfiguration) app.getConfiguration()).getDatabase();
        return database.getUser() == null ? Jdbi.create(database.getUrl())
                : Jdbi.create(database.getUrl(), database.getUser(), database.getPassword());
    }

    public static Path newDatabaseFile() {
        try {
            return Files.createTempDirectory("ogi-test").resolve("ogi.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String api(DropwizardAppExtension<?> app, String path) {
        return "http://127.0.0.1:" + app.getLocalPort() + "/api" + path;
    }

    /**
     * A request to the API as the general office (the role that may do everything), signed in with
     * HTTP Basic (no session, no CSRF token needed).
     */
    public static WebTarget asOffice(DropwizardAppExtension<?> app, String path) {
        createUser(app, OFFICE_USER, User.OFFICE, null, PASSWORD);
        return as(app, OFFICE_USER, PASSWORD, path);
    }

    /** A request to the API as a leader (reads everything, changes nothing). */
    public static WebTarget asLeader(DropwizardAppExtension<?> app, String path) {
        createUser(app, LEADER_USER, User.LEADER, null, PASSWORD);
        return as(app, LEADER_USER, PASSWORD, path);
    }

    /**
     * A request to the API as the account of one unit (named {@code test-unit-CODE}). The unit
     * must already be in the registry.
     */
    public static WebTarget asUnit(DropwizardAppExtension<?> app, String unitCode, String path) {
        String username = unitUser(unitCode);
        createUser(app, username, User.UNIT, unitCode, PASSWORD);
        return as(app, username, PASSWORD, path);
    }

    public static String unitUser(String unitCode) {
        return "test-unit-" + unitCode;
    }

    /** A request to the API signed in with HTTP Basic as any account. */
    public static WebTarget as(DropwizardAppExtension<?> app, String username, String password, String path) {
        return app.client().target(api(app, path)).register(HttpAuthenticationFeature.basic(username, password));
    }

    /**
     * A request with no credentials at all, from a client that keeps no cookies (the
     * extension's shared client remembers every session cookie it was ever given).
     */
    public static WebTarget anonymous(DropwizardAppExtension<?> app, String path) {
        return COOKIELESS_CLIENT.target(api(app, path));
    }

    private static final jakarta.ws.rs.client.Client COOKIELESS_CLIENT = jakarta.ws.rs.client.ClientBuilder.newBuilder()
            .register(new io.dropwizard.jersey.jackson.JacksonFeature(io.dropwizard.jackson.Jackson.newObjectMapper()))
            .build();

    /**
     * Adds an account straight into the application's database unless one of that name exists
     * (a unit account needs its unit in the registry first).
     */
    public static void createUser(DropwizardAppExtension<?> app, String username, String role, String unitCode,
            String password) {
        OgiConfiguration configuration = (OgiConfiguration) app.getConfiguration();
        String url = configuration.getDatabase().getUrl();
        if (!CREATED_USERS.add(url + "|" + username)) {
            return;
        }
        PasswordHasher hasher = new PasswordHasher(configuration.getAuth().getPbkdf2Iterations());
        Jdbi jdbi = Database.configure(rawJdbi(app));
        try {
            jdbi.useExtension(UserDao.class, users -> users.insertIfAbsent(username, role, unitCode,
                    hasher.hash(password), java.time.Instant.now().toString()));
        } catch (RuntimeException e) {
            CREATED_USERS.remove(url + "|" + username);
            throw e;
        }
    }
}
