package dev.ogi.server;

import dev.ogi.server.db.PostgresRequired;
import dev.ogi.server.db.PostgresTestDatabase;
import io.dropwizard.testing.ConfigOverride;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test run on PostgreSQL: with the system property {@code ogi.test.database=postgresql} (the
 * surefire execution {@code postgresql} in server/pom.xml sets it), {@link TestApp} starts every
 * application on a fresh schema of the test server instead of a fresh SQLite file, so the same API
 * and scenario tests run on both engines. The condition skips them, with the reason, when no server
 * is reachable, and fails them under CI.
 */
public final class PostgresMode implements ExecutionCondition {

    public static final String PROPERTY = "ogi.test.database";
    /** One schema per database file a test names, so a restart on "the same file" finds its data. */
    private static final Map<Path, String> SCHEMAS = new ConcurrentHashMap<>();

    public static boolean on() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The database settings of an application on the schema standing for this file; made when the app starts. */
    static List<ConfigOverride> database(Path databaseFile) {
        return List.of(
                ConfigOverride.config("database.driverClass", "org.postgresql.Driver"),
                ConfigOverride.config("database.url", () -> SCHEMAS.computeIfAbsent(databaseFile, f -> PostgresTestDatabase.newSchema())),
                ConfigOverride.config("database.user", PostgresTestDatabase.user()),
                ConfigOverride.config("database.password", PostgresTestDatabase.password()));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!on()) {
            return ConditionEvaluationResult.enabled("a run on SQLite");
        }
        return new PostgresRequired.Condition().evaluateExecutionCondition(context);
    }
}
