package dev.ogi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.db.Database;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading with a session cookie writes nothing: the session's expiry moves at most once a minute. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionReadWithoutWriteTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension();

    @Test
    void signedInReadsDoNotUpdateTheSessionRow() {
        TestApp.createUser(APP, "reader-office", User.OFFICE, null, TestApp.PASSWORD);
        NewCookie cookie;
        try (Response signIn = TestApp.anonymous(APP, "/session").request()
                .post(Entity.json(Map.of("username", "reader-office", "password", TestApp.PASSWORD)))) {
            assertThat(signIn.getStatus()).isEqualTo(200);
            cookie = signIn.getCookies().get(CredentialsFilter.SESSION_COOKIE);
        }
        Jdbi jdbi = Database.configure(TestApp.rawJdbi(APP));
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE session_writes (id_hash TEXT)");
            h.execute("CREATE TRIGGER count_session_writes AFTER UPDATE ON sessions "
                    + "BEGIN INSERT INTO session_writes VALUES (NEW.id_hash); END");
        });

        for (int i = 0; i < 20; i++) {
            try (Response read = TestApp.anonymous(APP, "/session").request().cookie(cookie.toCookie()).get()) {
                assertThat(read.getStatus()).isEqualTo(200);
            }
        }

        int writes = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM session_writes").mapTo(Integer.class).one());
        assertThat(writes).isZero();
    }
}
