package dev.ogi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sessions live in the database, so a restart does not sign anyone out. */
class SessionRestartTest {

    @Test
    void sessionSurvivesARestartOfTheApplication() throws Exception {
        Path database = TestApp.newDatabaseFile();
        DropwizardAppExtension<OgiConfiguration> first = TestApp.extension(database);
        first.before();
        NewCookie cookie;
        String csrf;
        try {
            TestApp.createUser(first, "restart-office", User.OFFICE, null, TestApp.PASSWORD);
            Response signIn = TestApp.anonymous(first, "/session").request()
                    .post(Entity.json(Map.of("username", "restart-office", "password", TestApp.PASSWORD)));
            cookie = signIn.getCookies().get(CredentialsFilter.SESSION_COOKIE);
            csrf = signIn.readEntity(JsonNode.class).get("csrfToken").asText();
        } finally {
            first.after();
        }

        DropwizardAppExtension<OgiConfiguration> second = TestApp.extension(database);
        second.before();
        try {
            JsonNode current = TestApp.anonymous(second, "/session").request().cookie(cookie.toCookie()).get(JsonNode.class);

            assertThat(current.get("username").asText()).isEqualTo("restart-office");
            assertThat(current.get("csrfToken").asText()).isEqualTo(csrf);
            assertThat(TestApp.anonymous(second, "/users").request().cookie(cookie.toCookie()).get().getStatus())
                    .isEqualTo(200);
        } finally {
            second.after();
        }
    }
}
