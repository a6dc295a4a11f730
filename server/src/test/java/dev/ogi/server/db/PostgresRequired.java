package dev.ogi.server.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when a PostgreSQL server is reachable ({@link PostgresTestDatabase});
 * without one it is skipped with the reason printed, and under CI (env {@code CI=true}) it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresRequired.Condition.class)
public @interface PostgresRequired {

    /** The condition behind the annotation; also used for whole test runs on PostgreSQL. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> reason = PostgresTestDatabase.unavailable();
            if (reason.isEmpty()) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresTestDatabase.url());
            }
            if (PostgresTestDatabase.required()) {
                throw new IllegalStateException("CI=true and the PostgreSQL tests cannot run: " + reason.get());
            }
            String message = "skipped " + context.getDisplayName() + ": " + reason.get();
            System.out.println(message);
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
