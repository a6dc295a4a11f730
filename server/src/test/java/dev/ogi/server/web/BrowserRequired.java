package dev.ogi.server.web;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reports each browser test as skipped, with the reason, when Chromium is missing on a
 * developer's machine (an assumption in {@code @BeforeAll} would only show "Tests run: 0").
 * Under CI (env {@code CI} set) the tests stay enabled, so {@link Browser#start} fails them.
 */
final class BrowserRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Browser.missing();
        if (missing.isEmpty() || Browser.underCi() || context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium present, under CI, or a container");
        }
        String reason = "SKIPPED: " + missing.get();
        System.out.println(context.getDisplayName() + " " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
