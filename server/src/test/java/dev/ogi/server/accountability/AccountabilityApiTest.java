package dev.ogi.server.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.db.Database;
import dev.ogi.server.scores.ScoreFixtures;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The accountability workflow through the real server: a standing frozen at a deadline that a
 * later revision does not change, the audit log of every change, exemptions that leave the
 * maximum, and decisions that race.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountabilityApiTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2007-11-05"));

    private static Jdbi jdbi;

    @BeforeAll
    static void unitsAndAFinishedRound() throws InterruptedException {
        ScoreFixtures db = new ScoreFixtures(APP);
        db.chengduAndZigong().unit("510400", "攀枝花市人民政府", "市州");
        db.round(1, "2007-10-20");
        db.check(1, "2007-10-20", "510100", true, true, "classification,arrangement,access", false, "", null, true);
        db.check(1, "2007-10-20", "510300", true, false, "", false, "", null, true);
        db.check(1, "2007-10-20", "510400", true, false, "", false, "", null, false);
        jdbi = Database.configure(TestApp.rawJdbi(APP));
        // a round through the API: when it finishes, the deadlines passed by its day are frozen
        assertThat(TestApp.asOffice(APP, "/crawls").request().post(Entity.text("")).getStatus()).isEqualTo(202);
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (TestApp.asOffice(APP, "/crawls/current").request().get(JsonNode.class).get("running").asBoolean()) {
            assertThat(Instant.now()).isBefore(until);
            Thread.sleep(100);
        }
    }

    private static JsonNode score(String unit) {
        return TestApp.asOffice(APP, "/units/" + unit + "/score").request().get(JsonNode.class);
    }

    private static JsonNode indicator(String unit, String id) {
        for (JsonNode i : score(unit).get("indicators")) {
            if (i.get("indicatorId").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    private static JsonNode compared(JsonNode official, String unit) {
        for (JsonNode u : official.get("comparison")) {
            if (u.get("code").asText().equals(unit)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + unit + " in " + official);
    }

    private static long fileAppeal(String unit, String indicator, String reason) {
        Response filed = TestApp.asUnit(APP, unit, "/units/" + unit + "/appeals").request()
                .post(Entity.json(Map.of("indicator", indicator, "reason", reason)));
        assertThat(filed.getStatus()).isEqualTo(201);
        return filed.readEntity(JsonNode.class).get("id").asLong();
    }

    @Test
    void aRevisedAppealChangesTodaysScoreAndTheAuditLogButNotTheStandingFrozenAtTheDeadline() {
        JsonNode before = TestApp.asLeader(APP, "/official-scores?milestone=M5").request().get(JsonNode.class);
        assertThat(before.at("/frozen/occasion").asText()).isEqualTo("deadline");
        assertThat(before.at("/frozen/asOf").asText()).isEqualTo("2007-10-31");
        double frozenTotal = compared(before, "510300").at("/official/total").asDouble();

        long id = fileAppeal("510300", "guide_published", "指南发布在省政府信息公开平台本单位栏目");
        Response revised = TestApp.asOffice(APP, "/appeals/" + id + "/decision").request()
                .post(Entity.json(Map.of("decision", "revise", "reason", "经核实属实，予以改判", "status", "met_on_time")));
        assertThat(revised.getStatus()).isEqualTo(200);

        JsonNode after = TestApp.asOffice(APP, "/official-scores?milestone=M5").request().get(JsonNode.class);
        JsonNode zigong = compared(after, "510300");
        assertThat(zigong.at("/official/total").asDouble()).isEqualTo(frozenTotal);
        assertThat(zigong.at("/current/total").asDouble()).isGreaterThan(frozenTotal);
        assertThat(zigong.get("changed").asBoolean()).isTrue();
        assertThat(zigong.get("revisions").findValuesAsText("reason")).anyMatch(r -> r.contains("经核实属实，予以改判"));
        assertThat(after.get("frozen")).isEqualTo(before.get("frozen"));
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE official_standings SET standing = '[]'")))
                .hasMessageContaining("frozen");

        JsonNode audit = TestApp.asOffice(APP, "/audit?action=appeal&actor=test-office").request().get(JsonNode.class);
        assertThat(audit.findValuesAsText("action")).contains("appeal.decide");
        JsonNode decided = audit.get(0);
        assertThat(decided.get("role").asText()).isEqualTo("office");
        assertThat(decided.get("before").asText()).contains("\"status\":\"pending\"");
        assertThat(decided.get("after").asText()).contains("\"status\":\"revised\"");
        assertThat(TestApp.asOffice(APP, "/audit?action=override").request().get(JsonNode.class).findValuesAsText("target"))
                .contains("510300");
        assertThat(TestApp.asOffice(APP, "/audit?action=crawl.start").request().get(JsonNode.class)).isNotEmpty();
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE audit_log SET reason = 'x'")))
                .hasMessageContaining("append-only");
    }

    @Test
    void theAuditLogIsTheOfficesFilteredAndExportableButNobodyElses() {
        TestApp.asOffice(APP, "/units/510400").request().put(Entity.json(Map.of("name", "攀枝花市人民政府", "group", "市州",
                "homepage", "http://www.panzhihua.example.gov.cn/", "officeEmail", "ogi@pzh.example.cn",
                "reason", "更正信息公开办公室邮箱")));
        JsonNode edits = TestApp.asOffice(APP, "/audit?action=unit.update&from=2000-01-01").request().get(JsonNode.class);
        assertThat(edits.get(0).get("target").asText()).isEqualTo("510400");
        assertThat(edits.get(0).get("reason").asText()).isEqualTo("更正信息公开办公室邮箱");
        assertThat(edits.get(0).get("after").asText()).contains("ogi@pzh.example.cn");

        Response csv = TestApp.asOffice(APP, "/audit/export.csv?action=unit").request().get();
        assertThat(csv.getMediaType().toString()).startsWith("text/csv");
        String text = csv.readEntity(String.class);
        assertThat(text).startsWith("\uFEFF时间,账号,角色,操作,对象,修改前,修改后,理由").contains("更正信息公开办公室邮箱");

        assertThat(TestApp.asLeader(APP, "/audit").request().get().getStatus()).isEqualTo(403);
        assertThat(TestApp.asUnit(APP, "510100", "/audit").request().get().getStatus()).isEqualTo(403);
        assertThat(TestApp.asOffice(APP, "/audit?from=yesterday").request().get().getStatus()).isEqualTo(400);
        assertThat(TestApp.asOffice(APP, "/audit").request().post(Entity.json(Map.of())).getStatus()).isEqualTo(405);
    }

    @Test
    void anExemptIndicatorLeavesTheUnitsMaximumAndOnlyTheOfficeRulesIt() {
        double maxBefore = score("510100").get("max").asDouble();
        Map<String, Object> ruling = Map.of("indicator", "site_availability", "reason", "该单位网站由市政府门户网站统一承载");

        assertThat(TestApp.asUnit(APP, "510100", "/units/510100/exemptions").request().post(Entity.json(ruling)).getStatus())
                .isEqualTo(403);
        assertThat(TestApp.asOffice(APP, "/units/510100/exemptions").request()
                .post(Entity.json(Map.of("indicator", "no_such", "reason", "x"))).getStatus()).isEqualTo(400);
        assertThat(TestApp.asOffice(APP, "/units/510100/exemptions").request()
                .post(Entity.json(Map.of("indicator", "site_availability"))).getStatus()).isEqualTo(400);
        Response ruled = TestApp.asOffice(APP, "/units/510100/exemptions").request().post(Entity.json(ruling));
        assertThat(ruled.getStatus()).isEqualTo(201);
        assertThat(TestApp.asOffice(APP, "/units/510100/exemptions").request().post(Entity.json(ruling)).getStatus())
                .isEqualTo(409);

        assertThat(score("510100").get("max").asDouble()).isEqualTo(maxBefore - 5);
        JsonNode availability = indicator("510100", "site_availability");
        assertThat(availability.get("status").asText()).isEqualTo("exempt");
        assertThat(availability.get("reasonZh").asText()).contains("该单位网站由市政府门户网站统一承载");
        JsonNode own = TestApp.asUnit(APP, "510100", "/units/510100/exemptions").request().get(JsonNode.class);
        assertThat(own.get("inForce").findValuesAsText("indicatorId")).containsExactly("site_availability");
        assertThat(TestApp.asUnit(APP, "510300", "/units/510100/exemptions").request().get().getStatus()).isEqualTo(403);
        assertThat(TestApp.asOffice(APP, "/audit?action=exemption").request().get(JsonNode.class).findValuesAsText("target"))
                .contains("510100");
    }

    @Test
    void twoOfficersDecidingTheSameAppealAtOnceProduceExactlyOneDecision() throws Exception {
        long id = fileAppeal("510400", "ogi_column", "首页有信息公开入口，位于页面底部");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            both.add(() -> TestApp.asOffice(APP, "/appeals/" + id + "/decision").request()
                    .post(Entity.json(Map.of("decision", "uphold", "reason", "入口不在首页"))).getStatus());
            both.add(() -> TestApp.asOffice(APP, "/appeals/" + id + "/decision").request()
                    .post(Entity.json(Map.of("decision", "revise", "reason", "入口确实存在", "status", "met_on_time")))
                    .getStatus());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        long decisions = TestApp.asOffice(APP, "/audit?action=appeal.decide").request().get(JsonNode.class)
                .findValuesAsText("before").stream().filter(b -> b.contains("\"id\":" + id + ",")).count();
        assertThat(decisions).isEqualTo(1);
        JsonNode summary = TestApp.asOffice(APP, "/appeals/summary").request().get(JsonNode.class);
        assertThat(summary.get("overdueAfterDays").asInt()).isEqualTo(10);
        assertThat(summary.get("upheld").asInt() + summary.get("revised").asInt()).isGreaterThanOrEqualTo(1);
    }
}
