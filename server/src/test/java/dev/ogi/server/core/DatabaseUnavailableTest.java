package dev.ogi.server.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiApplication;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.auth.User;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A request that finds every pooled connection busy answers 503 and a Retry-After, never a 500. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DatabaseUnavailableTest {

    /** The application, keeping its JDBI so the test can occupy the pool's only connection. */
    public static final class PoolHoldingApplication extends OgiApplication {
        static volatile Jdbi jdbi;

        @Override
        protected void started(AppContext context, Environment environment) {
            jdbi = context.jdbi();
        }
    }

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(PoolHoldingApplication.class,
            ConfigOverride.config("database.maxSize", "1"),
            ConfigOverride.config("database.minSize", "1"),
            ConfigOverride.config("database.initialSize", "1"),
            ConfigOverride.config("database.maxWaitForConnection", "200ms"));

    @Test
    void aRequestFindingEveryConnectionBusyAnswers503ThenSucceedsWhenOneIsFree() {
        TestApp.createUser(APP, "busy-leader", User.LEADER, null, TestApp.PASSWORD);
        Response busy;
        try (Handle held = PoolHoldingApplication.jdbi.open()) {
            held.createQuery("SELECT 1").mapTo(Integer.class).one();
            busy = TestApp.as(APP, "busy-leader", TestApp.PASSWORD, "/units").request().get();
        }

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(busy.readEntity(JsonNode.class).get("error").asText()).contains("系统繁忙").contains("未办理");
        try (Response free = TestApp.as(APP, "busy-leader", TestApp.PASSWORD, "/units").request().get()) {
            assertThat(free.getStatus()).isEqualTo(200);
        }
    }
}
