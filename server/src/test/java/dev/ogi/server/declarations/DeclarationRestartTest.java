package dev.ogi.server.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions and the review trail are rows, not memory: a second instance on the same file sees them all. */
class DeclarationRestartTest {

    @Test
    void versionsAndTheTrailSurviveARestart() throws Exception {
        Path database = TestApp.newDatabaseFile();
        ConfigOverride attachments = ConfigOverride.config("declarations.attachmentsDirectory",
                database.getParent().resolve("attachments").toString());
        DropwizardAppExtension<OgiConfiguration> first = TestApp.extension(database, attachments);
        first.before();
        try {
            DeclarationFixtures.importUnits(first);
            long v1 = DeclarationFixtures.fileAndSubmit(first, DeclarationFixtures.ZIGONG, "funding",
                    DeclarationFixtures.funding("其他支出"));
            DeclarationFixtures.expect(DeclarationFixtures.review(first, v1, "return", "请写明科目编码"), 200);
            long v2 = DeclarationFixtures.fileAndSubmit(first, DeclarationFixtures.ZIGONG, "funding",
                    DeclarationFixtures.funding("2010101 行政运行"));
            DeclarationFixtures.passAllSteps(first, v2);
        } finally {
            first.after();
        }

        DropwizardAppExtension<OgiConfiguration> second = TestApp.extension(database, attachments);
        second.before();
        try {
            JsonNode declaration = DeclarationFixtures.declaration(second, DeclarationFixtures.ZIGONG, "funding");

            assertThat(declaration.get("approvedVersion").asInt()).isEqualTo(2);
            JsonNode versions = declaration.get("versions");
            assertThat(versions.get(0).get("status").asText()).isEqualTo("published");
            assertThat(versions.get(1).get("status").asText()).isEqualTo("returned");
            assertThat(versions.get(1).get("fields").get("budgetLine").asText()).isEqualTo("其他支出");
            assertThat(steps(versions.get(1))).containsExactly("submit:pass", "first_review:return");
            assertThat(versions.get(1).get("trail").get(1).get("comment").asText()).isEqualTo("请写明科目编码");
            assertThat(steps(versions.get(0)))
                    .containsExactly("submit:pass", "first_review:pass", "second_review:pass", "final_check:pass");
        } finally {
            second.after();
        }
    }

    private static List<String> steps(JsonNode version) {
        List<String> steps = new ArrayList<>();
        version.get("trail").forEach(r -> steps.add(r.get("step").asText() + ":" + r.get("decision").asText()));
        return steps;
    }
}
