package dev.ogi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-in, roles and CSRF through the real application. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthApiTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension();

    private static final String UNITS = "code,name,group,homepage\n"
            + "510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
            + "510300,自贡市人民政府,市州,http://www.zg.gov.cn/\n";

    private static final Map<String, Object> CHENGDU = Map.of("code", "510100", "name", "成都市人民政府",
            "group", "市州", "homepage", "http://www.chengdu.gov.cn/", "active", true);

    /** A browser's session: the cookie and the CSRF token from the sign-in answer. */
    private record Session(NewCookie cookie, String csrfToken, JsonNode body) {
        Invocation.Builder request(String path) {
            return TestApp.anonymous(APP, path).request().cookie(cookie.toCookie());
        }
    }

    @BeforeAll
    static void registry() {
        Response response = TestApp.asOffice(APP, "/units/import").request()
                .post(Entity.entity(UNITS.getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertThat(response.getStatus()).isEqualTo(200);
        response.close();
        TestApp.createUser(APP, "zg", User.UNIT, "510300", TestApp.PASSWORD);
    }

    private static Session signIn(String username, String password) {
        Response response = TestApp.anonymous(APP, "/session").request()
                .post(Entity.json(Map.of("username", username, "password", password)));
        assertThat(response.getStatus()).as("sign-in of " + username).isEqualTo(200);
        JsonNode body = response.readEntity(JsonNode.class);
        return new Session(response.getCookies().get(CredentialsFilter.SESSION_COOKIE), body.get("csrfToken").asText(), body);
    }

    private final List<Response> opened = new java.util.ArrayList<>();

    /** Keeps a response to close after the test (an unclosed one holds a pooled connection). */
    private Response track(Response response) {
        opened.add(response);
        return response;
    }

    @org.junit.jupiter.api.AfterEach
    void closeResponses() {
        opened.forEach(Response::close);
    }

    /** The status of a response whose body is not needed; closing it gives the connection back. */
    private static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    private static Jdbi database() {
        return TestApp.rawJdbi(APP);
    }

    @Test
    void anonymousApiCallIsA401InJsonWithTheBasicChallengeForScriptsOnly() {
        Response script = track(TestApp.anonymous(APP, "/units").request().get());
        Response browser = track(TestApp.anonymous(APP, "/units").request().header("X-Requested-With", "XMLHttpRequest").get());

        assertThat(script.getStatus()).isEqualTo(401);
        assertThat(script.readEntity(JsonNode.class).get("error").asText()).isEqualTo("请先登录");
        assertThat(script.getHeaderString("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(browser.getStatus()).isEqualTo(401);
        assertThat(browser.getHeaderString("WWW-Authenticate")).isNull();
    }

    @Test
    void wrongPasswordIs401ForBasicAndForTheForm() {
        Response basic = track(TestApp.as(APP, TestApp.OFFICE_USER, "not-the-password", "/units").request().get());
        status(TestApp.asOffice(APP, "/units").request().get());
        Response form = track(TestApp.anonymous(APP, "/session").request()
                .post(Entity.json(Map.of("username", "zg", "password", "wrong-password"))));

        assertThat(basic.getStatus()).isEqualTo(401);
        assertThat(form.getStatus()).isEqualTo(401);
        assertThat(form.readEntity(JsonNode.class).get("error").asText()).isEqualTo("用户名或密码错误");
        assertThat(form.getCookies()).doesNotContainKey(CredentialsFilter.SESSION_COOKIE);
    }

    @Test
    void officeChangesUnitsLeaderAndUnitOnlyRead() {
        assertThat(status(TestApp.asOffice(APP, "/units/510100").request().put(Entity.json(CHENGDU)))).isEqualTo(200);

        Response leader = track(TestApp.asLeader(APP, "/units/510100").request().put(Entity.json(CHENGDU)));
        Response unit = track(TestApp.asUnit(APP, "510100", "/units/510100").request().put(Entity.json(CHENGDU)));

        assertThat(leader.getStatus()).isEqualTo(403);
        assertThat(leader.readEntity(JsonNode.class).get("error").asText()).isEqualTo("当前账号的角色无权执行此操作");
        assertThat(unit.getStatus()).isEqualTo(403);
        assertThat(status(TestApp.asLeader(APP, "/units").request().get())).isEqualTo(200);
        assertThat(status(TestApp.asUnit(APP, "510100", "/units").request().get())).isEqualTo(200);
    }

    @Test
    void onlyTheOfficeSeesAccounts() {
        assertThat(status(TestApp.asOffice(APP, "/users").request().get())).isEqualTo(200);
        assertThat(status(TestApp.asLeader(APP, "/users").request().get())).isEqualTo(403);
        assertThat(status(TestApp.asUnit(APP, "510100", "/users").request().get())).isEqualTo(403);
    }

    @Test
    void unitAccountGets403ForAnotherUnitsPrivateEndpoints() {
        Response others = track(TestApp.as(APP, "zg", TestApp.PASSWORD, "/units/510100/checks").request().get());
        Response recheckOthers = track(TestApp.as(APP, "zg", TestApp.PASSWORD, "/units/510100/check").request()
                .post(Entity.json("")));

        assertThat(others.getStatus()).isEqualTo(403);
        assertThat(others.readEntity(JsonNode.class).get("error").asText()).contains("510100");
        assertThat(recheckOthers.getStatus()).isEqualTo(403);
        assertThat(status(TestApp.as(APP, "zg", TestApp.PASSWORD, "/units/510300/checks").request().get())).isEqualTo(200);
        assertThat(status(TestApp.asLeader(APP, "/units/510100/checks").request().get())).isEqualTo(200);
    }

    @Test
    void unitAccountIsRefusedAnotherUnitsPrivateThings() {
        User zg = new User("zg", User.UNIT, java.util.Optional.of("510300"));

        assertThat(zg.canSeeUnitPrivate("510300")).isTrue();
        assertThat(zg.canSeeUnitPrivate("510100")).isFalse();
        assertThat(new User("l", User.LEADER, java.util.Optional.empty()).canSeeUnitPrivate("510100")).isTrue();
        assertThat(new User("l", User.LEADER, java.util.Optional.empty()).canActForUnit("510100")).isFalse();
    }

    @Test
    void sessionSignInSetsAStrictHttpOnlyCookieAndTellsWhoIsSignedIn() {
        Session session = signIn("zg", TestApp.PASSWORD);

        assertThat(session.cookie().isHttpOnly()).isTrue();
        assertThat(session.cookie().getSameSite()).isEqualTo(NewCookie.SameSite.STRICT);
        assertThat(session.cookie().isSecure()).isFalse();
        assertThat(session.body().get("role").asText()).isEqualTo("unit");
        assertThat(session.body().get("unitCode").asText()).isEqualTo("510300");
        assertThat(session.body().get("unitName").asText()).isEqualTo("自贡市人民政府");

        JsonNode current = session.request("/session").get(JsonNode.class);
        assertThat(current.get("username").asText()).isEqualTo("zg");
        assertThat(current.get("csrfToken").asText()).isEqualTo(session.csrfToken());
        assertThat(status(session.request("/units/510300").get())).isEqualTo(200);
    }

    @Test
    void cookieRequestThatChangesStateNeedsTheCsrfToken() {
        Session office = signIn(TestApp.OFFICE_USER, TestApp.PASSWORD);

        Response without = track(office.request("/units/510100").put(Entity.json(CHENGDU)));
        Response wrong = track(office.request("/units/510100").header(CredentialsFilter.CSRF_HEADER, "forged")
                .put(Entity.json(CHENGDU)));
        Response with = track(office.request("/units/510100").header(CredentialsFilter.CSRF_HEADER, office.csrfToken())
                .put(Entity.json(CHENGDU)));

        assertThat(without.getStatus()).isEqualTo(403);
        assertThat(without.readEntity(JsonNode.class).get("error").asText()).contains("CSRF");
        assertThat(wrong.getStatus()).isEqualTo(403);
        assertThat(with.getStatus()).isEqualTo(200);
        // reading needs no token
        assertThat(status(office.request("/units/510100").get())).isEqualTo(200);
    }

    @Test
    void basicCredentialsWorkWithoutCookieOrCsrfAndOpenNoSession() {
        Response response = track(TestApp.asOffice(APP, "/units/510100").request().put(Entity.json(CHENGDU)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookies()).isEmpty();
    }

    @Test
    void signOutEndsTheSession() {
        Session session = signIn("zg", TestApp.PASSWORD);

        Response withoutToken = track(session.request("/session").delete());
        Response signOut = track(session.request("/session").header(CredentialsFilter.CSRF_HEADER, session.csrfToken()).delete());

        assertThat(withoutToken.getStatus()).isEqualTo(403);
        assertThat(signOut.getStatus()).isEqualTo(204);
        assertThat(status(session.request("/units").get())).isEqualTo(401);
        assertThat(status(session.request("/session").get())).isEqualTo(401);
    }

    @Test
    void formSignInWorksFromThisSiteAndIsRefusedFromAnother() {
        Form form = new Form().param("username", "zg").param("password", TestApp.PASSWORD);

        // the extension's client (Apache HttpClient) may send an Origin header; the JDK's may not
        Response local = track(APP.client().target(TestApp.api(APP, "/session")).request()
                .header("Origin", "http://127.0.0.1:" + APP.getLocalPort())
                .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        Response foreign = track(APP.client().target(TestApp.api(APP, "/session")).request()
                .header("Origin", "http://evil.example")
                .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE)));

        assertThat(local.getStatus()).isEqualTo(200);
        assertThat(local.getCookies()).containsKey(CredentialsFilter.SESSION_COOKIE);
        assertThat(foreign.getStatus()).isEqualTo(403);
    }

    @Test
    void formSignInWithoutProofOfComingFromThisSiteIsRefused() {
        Form form = new Form().param("username", "zg").param("password", TestApp.PASSWORD);
        Response nullOrigin = track(APP.client().target(TestApp.api(APP, "/session")).request()
                .header("Origin", "null")
                .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        Response sameSiteFetch = track(APP.client().target(TestApp.api(APP, "/session")).request()
                .header("Sec-Fetch-Site", "same-origin")
                .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        Response crossSiteFetch = track(APP.client().target(TestApp.api(APP, "/session")).request()
                .header("Sec-Fetch-Site", "cross-site")
                .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE)));

        assertThat(nullOrigin.getStatus()).isEqualTo(403);
        assertThat(sameSiteFetch.getStatus()).isEqualTo(200);
        assertThat(crossSiteFetch.getStatus()).isEqualTo(403);
    }

    @Test
    void parallelWrongPasswordsGetNoMoreChecksThanTheFreeAttempts() throws Exception {
        TestApp.createUser(APP, "parallel-guessed", User.LEADER, null, TestApp.PASSWORD);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                try (Response r = TestApp.as(APP, "parallel-guessed", "guess-" + n, "/units").request().get()) {
                    return r.getStatus();
                }
            }));
        }
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(401, 429);
        // the five free attempts, then at most one each time the doubling wait (1 s, 2 s, 4 s) passed
        assertThat(statuses).filteredOn(s -> s == 401).hasSizeBetween(5, 8);
    }

    @Test
    void aScriptSendingTheRightPasswordOnManyRequestsAtOnceIsNeverTurnedAway() throws Exception {
        TestApp.createUser(APP, "parallel-script", User.LEADER, null, TestApp.PASSWORD);
        java.util.List<String> statuses = dev.ogi.server.AtOnce.run(40, () -> {
            try (Response r = TestApp.as(APP, "parallel-script", TestApp.PASSWORD, "/units").request().get()) {
                return r.getStatus() + (r.getStatus() == 200 ? "" : " " + r.readEntity(String.class));
            }
        });

        // more requests at once than the free attempts: the later ones wait for the first to succeed
        assertThat(statuses).containsOnly("200");
    }

    @Test
    void passwordsAreStoredAsSaltedSlowHashes() {
        TestApp.createUser(APP, "same-a", User.LEADER, null, "the-same-password");
        TestApp.createUser(APP, "same-b", User.LEADER, null, "the-same-password");

        List<String> hashes = database().withHandle(h -> h.createQuery(
                "SELECT password_hash FROM users WHERE username IN ('same-a', 'same-b')").mapTo(String.class).list());

        assertThat(hashes).hasSize(2).allSatisfy(hash -> {
            assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("the-same-password");
        });
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
        assertThat(status(TestApp.as(APP, "same-a", "the-same-password", "/units").request().get())).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        TestApp.createUser(APP, "guessed", User.LEADER, null, TestApp.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(status(TestApp.as(APP, "guessed", "guess-" + i, "/units").request().get())).isEqualTo(401);
        }

        Response right = track(TestApp.anonymous(APP, "/session").request()
                .post(Entity.json(Map.of("username", "guessed", "password", TestApp.PASSWORD))));

        assertThat(right.getStatus()).isEqualTo(429);
        assertThat(right.readEntity(JsonNode.class).get("error").asText()).contains("锁定");
    }

    @Test
    void aSessionReadAMomentAgoSeesANewRoleAndADisabledAccountAtOnce() {
        TestApp.createUser(APP, "zhou", User.LEADER, null, TestApp.PASSWORD);
        Session zhou = signIn("zhou", TestApp.PASSWORD);
        try (Response before = zhou.request("/session").get()) {        // read once: now served from memory
            assertThat(before.readEntity(JsonNode.class).get("role").asText()).isEqualTo("leader");
        }

        assertThat(status(TestApp.asOffice(APP, "/users/zhou").request().put(Entity.json(Map.of("role", "office")))))
                .isEqualTo(200);
        try (Response after = zhou.request("/session").get()) {
            assertThat(after.readEntity(JsonNode.class).get("role").asText()).isEqualTo("office");
        }
        assertThat(status(TestApp.asOffice(APP, "/users/zhou").request().put(Entity.json(Map.of("disabled", true)))))
                .isEqualTo(200);
        assertThat(status(zhou.request("/session").get())).isEqualTo(401);
    }

    @Test
    void officeManagesAccountsAndDisablingEndsSessions() {
        Response weak = track(TestApp.asOffice(APP, "/users").request()
                .post(Entity.json(Map.of("username", "wang", "role", "unit", "unitCode", "510100", "password", "short"))));
        Response noUnit = track(TestApp.asOffice(APP, "/users").request()
                .post(Entity.json(Map.of("username", "wang", "role", "unit", "password", "long-enough-1"))));
        Response created = track(TestApp.asOffice(APP, "/users").request()
                .post(Entity.json(Map.of("username", "wang", "role", "unit", "unitCode", "510100", "password", "long-enough-1"))));

        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(weak.readEntity(JsonNode.class).get("error").asText()).contains("密码至少需要8个字符");
        assertThat(noUnit.getStatus()).isEqualTo(400);
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode view = created.readEntity(JsonNode.class);
        assertThat(view.get("unitCode").asText()).isEqualTo("510100");
        assertThat(view.has("passwordHash")).isFalse();

        Session wang = signIn("wang", "long-enough-1");
        assertThat(status(TestApp.asOffice(APP, "/users/wang").request().put(Entity.json(Map.of("disabled", true)))))
                .isEqualTo(200);

        assertThat(status(wang.request("/units").get())).isEqualTo(401);
        assertThat(status(TestApp.anonymous(APP, "/session").request()
                .post(Entity.json(Map.of("username", "wang", "password", "long-enough-1"))))).isEqualTo(401);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Response page = track(APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + "/").request().get());
        Response api = track(TestApp.anonymous(APP, "/units").request().get());

        for (Response response : List.of(page, api)) {
            assertThat(response.getHeaderString("Content-Security-Policy"))
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeaderString("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(api.getHeaderString("Cache-Control")).isEqualTo("no-store");
    }
}
