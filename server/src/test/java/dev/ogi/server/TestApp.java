package dev.ogi.server;

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

/** The real application on a fresh SQLite file in a temporary folder, on free loopback ports. */
public final class TestApp {

    private TestApp() {
    }

    public static DropwizardAppExtension<OgiConfiguration> extension(ConfigOverride... overrides) {
        return extension(newDatabaseFile(), overrides);
    }

    /** On a given database file, to start a second instance on the same data (a restart). */
    public static DropwizardAppExtension<OgiConfiguration> extension(Path databaseFile, ConfigOverride... overrides) {
        List<ConfigOverride> all = new ArrayList<>();
        all.add(ConfigOverride.config("database.url", "jdbc:sqlite:" + databaseFile));
        all.addAll(Arrays.asList(overrides));
        return new DropwizardAppExtension<>(OgiApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
                all.toArray(ConfigOverride[]::new));
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
     * A request to the API as the general office (the role that may do everything). Tests of
     * other roles build their own requests.
     */
    public static WebTarget asOffice(DropwizardAppExtension<?> app, String path) {
        return app.client().target(api(app, path));
    }
}
