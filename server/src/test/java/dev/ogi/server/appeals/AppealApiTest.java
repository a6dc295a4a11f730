package dev.ogi.server.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.scores.ScoreFixtures;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Appeals through the real server: who may file, who decides, and a revision that changes the score. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AppealApiTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2007-11-05"));

    @BeforeAll
    static void units() {
        ScoreFixtures db = new ScoreFixtures(APP);
        db.chengduAndZigong();
        db.round(1, "2007-11-03");
        db.check(1, "2007-11-03", "510100", true, false, "", false, "", null, true);
        db.check(1, "2007-11-03", "510300", true, false, "", false, "", null, true);
    }

    private static Response file(String account, String unit, Map<String, Object> body) {
        return TestApp.asUnit(APP, account, "/units/" + unit + "/appeals").request().post(Entity.json(body));
    }

    private static double points(String unit, String indicator) {
        JsonNode score = TestApp.asOffice(APP, "/units/" + unit + "/score").request().get(JsonNode.class);
        for (JsonNode i : score.get("indicators")) {
            if (i.get("indicatorId").asText().equals(indicator)) {
                return i.get("points").asDouble();
            }
        }
        throw new AssertionError("no indicator " + indicator);
    }

    @Test
    void onlyTheUnitItselfFilesAndTheOfficeQueueAndUnitPageShowIt() {
        Response filed = file("510100", "510100", Map.of("indicator", "guide_published",
                "reason", "指南已于10月25日在网站公布，检查时网站维护", "evidenceUrl", "www.chengdu.gov.cn/zwgk/zn.html"));
        assertThat(filed.getStatus()).isEqualTo(201);
        JsonNode appeal = filed.readEntity(JsonNode.class);
        assertThat(appeal.get("status").asText()).isEqualTo("pending");
        assertThat(appeal.get("evidenceUrl").asText()).isEqualTo("http://www.chengdu.gov.cn/zwgk/zn.html");
        assertThat(appeal.get("id").asLong()).isPositive();

        assertThat(file("510300", "510100", Map.of("indicator", "guide_published", "reason", "代为申诉")).getStatus())
                .isEqualTo(403);
        assertThat(TestApp.asLeader(APP, "/units/510100/appeals").request()
                .post(Entity.json(Map.of("indicator", "guide_published", "reason", "x"))).getStatus()).isEqualTo(403);
        assertThat(TestApp.anonymous(APP, "/units/510100/appeals").request()
                .post(Entity.json(Map.of("indicator", "guide_published", "reason", "x"))).getStatus()).isEqualTo(403);
        assertThat(file("510100", "510100", Map.of("indicator", "no_such", "reason", "x")).getStatus()).isEqualTo(400);
        assertThat(file("510100", "510100", Map.of("indicator", "guide_published", "reason", " ")).getStatus()).isEqualTo(400);

        assertThat(TestApp.asUnit(APP, "510100", "/units/510100/appeals").request().get(JsonNode.class)).isNotEmpty();
        assertThat(TestApp.asLeader(APP, "/units/510100/appeals").request().get().getStatus()).isEqualTo(200);
        assertThat(TestApp.asUnit(APP, "510300", "/units/510100/appeals").request().get().getStatus()).isEqualTo(403);
        assertThat(TestApp.asOffice(APP, "/appeals?status=pending").request().get(JsonNode.class).findValuesAsText("unitCode"))
                .contains("510100");
        assertThat(TestApp.asUnit(APP, "510100", "/appeals").request().get().getStatus()).isEqualTo(403);
    }

    @Test
    void aRevisionBecomesAnOverrideThatChangesTheScoreAndADecidedAppealStaysDecided() {
        double before = points("510300", "guide_published");
        long id = file("510300", "510300", Map.of("indicator", "guide_published", "reason", "指南在信息公开平台上"))
                .readEntity(JsonNode.class).get("id").asLong();

        Response byLeader = TestApp.asLeader(APP, "/appeals/" + id + "/decision").request()
                .post(Entity.json(Map.of("decision", "revise", "reason", "x", "status", "met_on_time")));
        assertThat(byLeader.getStatus()).isEqualTo(403);
        Response noReason = TestApp.asOffice(APP, "/appeals/" + id + "/decision").request()
                .post(Entity.json(Map.of("decision", "revise", "status", "met_on_time")));
        assertThat(noReason.getStatus()).isEqualTo(400);

        Response revised = TestApp.asOffice(APP, "/appeals/" + id + "/decision").request()
                .post(Entity.json(Map.of("decision", "revise", "reason", "经核实指南在省平台本单位栏目", "status", "met_on_time")));
        assertThat(revised.getStatus()).isEqualTo(200);
        JsonNode decided = revised.readEntity(JsonNode.class);
        assertThat(decided.get("status").asText()).isEqualTo("revised");
        assertThat(decided.get("overrideId").asLong()).isPositive();
        assertThat(points("510300", "guide_published")).isGreaterThan(before);
        assertThat(TestApp.asOffice(APP, "/units/510300/overrides").request().get(JsonNode.class).get("overrides")
                .get(0).get("reason").asText()).contains("第 " + id + " 号申诉");

        Response again = TestApp.asOffice(APP, "/appeals/" + id + "/decision").request()
                .post(Entity.json(Map.of("decision", "uphold", "reason", "再次办理")));
        assertThat(again.getStatus()).isEqualTo(409);
    }

    @Test
    void aDocumentAttachedAsEvidenceIsCheckedLikeDeclarationAttachmentsAndReadableByTheOffice() {
        long id = file("510100", "510100", Map.of("indicator", "catalogue_published", "reason", "目录以附件形式发布"))
                .readEntity(JsonNode.class).get("id").asLong();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        Response notADocument = TestApp.asUnit(APP, "510100", "/appeals/" + id + "/evidence").request()
                .header("X-File-Name", "x.pdf").post(Entity.entity("<html>hi</html>".getBytes(), "application/octet-stream"));
        assertThat(notADocument.getStatus()).isEqualTo(415);
        Response byAnother = TestApp.asUnit(APP, "510300", "/appeals/" + id + "/evidence").request()
                .header("X-File-Name", "x.pdf").post(Entity.entity(pdf, "application/pdf"));
        assertThat(byAnother.getStatus()).isEqualTo(403);
        Response attached = TestApp.asUnit(APP, "510100", "/appeals/" + id + "/evidence").request()
                .header("X-File-Name", java.net.URLEncoder.encode("公开目录.pdf", java.nio.charset.StandardCharsets.UTF_8))
                .post(Entity.entity(pdf, "application/pdf"));
        assertThat(attached.getStatus()).isEqualTo(200);
        JsonNode appeal = attached.readEntity(JsonNode.class);
        assertThat(appeal.get("evidenceFile").asText()).isEqualTo("公开目录.pdf");
        assertThat(appeal.get("evidenceSize").asLong()).isEqualTo(pdf.length);

        Response read = TestApp.asOffice(APP, "/appeals/" + id + "/evidence").request().get();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.readEntity(byte[].class)).isEqualTo(pdf);
        assertThat(TestApp.asUnit(APP, "510300", "/appeals/" + id + "/evidence").request().get().getStatus()).isEqualTo(403);
    }
}
