package dev.ogi.server.scores;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.client.ClientProperties;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scores, rankings, progress, the Excel export and overrides through the real application, on
 * real rows in a real SQLite file. The service judges as of 2007-11-05 unless asked otherwise.
 *
 * <p>The crawl history (rounds on 10-20, 10-27 and 11-03; the M5 deadline is 10-31):
 * 510100 has everything from the first round and declared its organisation on time;
 * 510300 publishes guide and catalogue on 11-03 (3 days late); 510400's site is down on 10-20,
 * its guide is up on 10-27 (on time) but it has no catalogue; 510500 and 510600 publish only a
 * guide on 11-03; the two departments never publish.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ScoreApiTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2007-11-05"));

    static final ObjectMapper JSON = new ObjectMapper();
    static long lateGuideCheck;

    @BeforeAll
    static void history() {
        ScoreFixtures db = new ScoreFixtures(APP);
        db.chengduAndZigong().unit("510400", "攀枝花市人民政府", "市州")
                .unit("510500", "泸州市人民政府", "市州").unit("510600", "德阳市人民政府", "市州")
                .unit("001", "四川省发展和改革委员会", "省直部门").unit("002", "四川省教育厅", "省直部门");
        String[] days = {"2007-10-20", "2007-10-27", "2007-11-03"};
        for (int r = 0; r < days.length; r++) {
            long round = r + 1;
            String day = days[r];
            db.round(round, day);
            db.check(round, day, "510100", true, true, ScoreFixtures.ALL_ELEMENTS, true, ScoreFixtures.ALL_FIELDS, 50, true);
            boolean last = r == 2;
            long c = db.check(round, day, "510300", true, last, last ? ScoreFixtures.ALL_ELEMENTS : "", last,
                    last ? ScoreFixtures.ALL_FIELDS : "", last ? 50 : null, false);
            if (last) {
                lateGuideCheck = c;
            }
            if (r == 0) {
                db.nothing(round, day, "510400", false);
            } else {
                db.check(round, day, "510400", true, true, ScoreFixtures.ALL_ELEMENTS, false, "", null, false);
            }
            for (String unit : List.of("510500", "510600")) {
                db.check(round, day, unit, true, last, last ? ScoreFixtures.ALL_ELEMENTS : "", false, "", null, false);
            }
            db.nothing(round, day, "001", true);
            db.nothing(round, day, "002", false);
        }
        // submitted before the deadline, approved after it: still on time
        db.approvedDeclaration("510100", "organisation", "2007-09-28T02:00:00Z", "2007-10-15T03:00:00Z");
    }

    /** A GET with its query given in the path ("/rankings?group=市州"), encoded properly. */
    private static Response request(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        // a generous read timeout: the first workbook loads POI, slow on a busy shared machine
        WebTarget target = TestApp.asOffice(APP, parts[0]).property(ClientProperties.READ_TIMEOUT, 60_000);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                target = target.queryParam(nameValue[0], nameValue[1]);
            }
        }
        return target.request().get();
    }

    private static JsonNode get(String pathAndQuery) {
        try (Response response = request(pathAndQuery)) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(pathAndQuery + " answered " + body).isEqualTo(200);
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode indicator(JsonNode score, String id) {
        for (JsonNode indicator : score.get("indicators")) {
            if (indicator.get("indicatorId").asText().equals(id)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    @Test
    void unitScoreExplainsALateGuideWithItsEvidence() {
        JsonNode score = get("/units/510300/score?asOf=2007-11-03");

        assertThat(score.get("asOf").asText()).isEqualTo("2007-11-03");
        assertThat(score.get("basis").get("weightsVersion").asText()).isEqualTo("2007-09-19.1");
        assertThat(score.get("basis").get("campaignHash").asText()).hasSize(64);
        JsonNode guide = indicator(score, "guide_published");
        assertThat(guide.get("status").asText()).isEqualTo("met_late");
        assertThat(guide.get("points").asDouble()).isEqualTo(5.0);
        assertThat(guide.get("maxPoints").asDouble()).isEqualTo(10.0);
        assertThat(guide.get("deadline").asText()).isEqualTo("2007-10-31");
        assertThat(guide.get("metOn").asText()).isEqualTo("2007-11-03");
        assertThat(guide.get("daysLate").asInt()).isEqualTo(3);
        assertThat(guide.get("evidence").get("kind").asText()).isEqualTo("crawl");
        assertThat(guide.get("evidence").get("reference").asText()).isEqualTo(Long.toString(lateGuideCheck));
        assertThat(guide.get("evidence").get("url").asText()).isEqualTo("http://510300.example.gov.cn/xxgk/zn.html");
        assertThat(guide.get("reasonZh").asText()).isEqualTo("公开指南于2007年11月03日首次检测到，逾期3天，得5分（满分10分）");
        assertThat(score.get("total").asDouble()).isEqualTo(45.0);
        assertThat(score.get("rank").asInt()).isEqualTo(2);
    }

    @Test
    void declarationSubmittedBeforeTheDeadlineIsOnTimeDespiteALaterApproval() {
        JsonNode organisation = indicator(get("/units/510100/score"), "organisation");

        assertThat(organisation.get("status").asText()).isEqualTo("met_on_time");
        assertThat(organisation.get("points").asDouble()).isEqualTo(10.0);
        assertThat(organisation.get("metOn").asText()).isEqualTo("2007-09-28");
        assertThat(organisation.get("evidence").get("kind").asText()).isEqualTo("declaration");
    }

    @Test
    void unknownUnitIs404WithAMessage() {
        Response response = request("/units/999999/score");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.readEntity(JsonNode.class).get("error").asText()).contains("999999");
    }

    @Test
    void rankingHasTiesChangesSinceThePreviousRoundAndSeries() {
        JsonNode body = get("/rankings?group=市州&asOf=2007-11-03");

        assertThat(body.get("asOf").asText()).isEqualTo("2007-11-03");
        assertThat(body.get("previousAsOf").asText()).isEqualTo("2007-10-27");
        assertThat(body.get("days")).extracting(JsonNode::asText).containsExactly("2007-10-20", "2007-10-27", "2007-11-03");
        JsonNode group = body.get("rankings").get(0);
        assertThat(group.get("group").asText()).isEqualTo("市州");
        List<String> codes = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<Integer> changes = new ArrayList<>();
        for (JsonNode row : group.get("rows")) {
            codes.add(row.get("code").asText());
            ranks.add(row.get("rank").asInt());
            changes.add(row.get("change").asInt());
        }
        assertThat(codes).containsExactly("510100", "510300", "510400", "510500", "510600");
        assertThat(ranks).containsExactly(1, 2, 3, 4, 4);
        assertThat(changes).containsExactly(0, 1, -1, -1, -1);
        assertThat(group.get("rows").get(1).get("series")).extracting(JsonNode::asDouble).containsExactly(5.0, 5.0, 45.0);
        assertThat(group.get("average")).hasSize(3);
    }

    @Test
    void rankingIsServedGzippedToClientsThatAcceptIt() throws Exception {
        get("/rankings?group=市州&asOf=2007-11-03");         // as the office: creates the account where sign-in exists
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        TestApp.api(APP, "/rankings?asOf=2007-11-03")))
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "test-office:test-password".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] json = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        assertThat(JSON.readTree(json).get("asOf").asText()).isEqualTo("2007-11-03");
    }

    @Test
    void anUnchangedRankingIsAnswered304ToTheETagSentBack() {
        String etag;
        try (Response first = request("/rankings?group=市州&asOf=2007-11-03")) {
            assertThat(first.getStatus()).isEqualTo(200);
            etag = first.getHeaderString("ETag");
        }
        assertThat(etag).startsWith("W/\"");

        try (Response again = TestApp.asOffice(APP, "/rankings").queryParam("group", "市州").queryParam("asOf", "2007-11-03")
                .request().header("If-None-Match", etag).get();
                Response otherDay = TestApp.asOffice(APP, "/rankings").queryParam("group", "市州")
                        .queryParam("asOf", "2007-10-27").request().header("If-None-Match", etag).get()) {
            assertThat(again.getStatus()).isEqualTo(304);
            assertThat(again.getHeaderString("ETag")).isEqualTo(etag);
            assertThat(otherDay.getStatus()).isEqualTo(200);
            assertThat(otherDay.getHeaderString("ETag")).isNotEqualTo(etag);
        }
    }

    @Test
    void rankingRowsComeInPagesWhenAskedWithTheGroupSizeKept() {
        JsonNode page = get("/rankings?group=市州&asOf=2007-11-03&offset=1&limit=2");
        JsonNode whole = get("/rankings?group=市州&asOf=2007-11-03");

        JsonNode group = page.get("rankings").get(0);
        assertThat(group.get("rows")).extracting(r -> r.get("code").asText()).containsExactly("510300", "510400");
        assertThat(group.get("units").asInt()).isEqualTo(5);
        assertThat(group.get("rows").get(0)).isEqualTo(whole.get("rankings").get(0).get("rows").get(1));
        assertThat(get("/rankings?group=市州&asOf=2007-11-03&offset=9").get("rankings").get(0).get("rows")).isEmpty();
        try (Response refused = request("/rankings?group=市州&limit=-1")) {
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.readEntity(JsonNode.class).get("error").asText()).contains("limit");
        }
    }

    @Test
    void rankingWithoutSparklinesWhenAskedForNoPoints() {
        JsonNode body = get("/rankings?group=市州&asOf=2007-11-03&points=0");

        assertThat(body.get("days")).isEmpty();
        assertThat(body.get("rankings").get(0).get("rows").get(0).get("series")).isEmpty();
    }

    @Test
    void rankingWithoutAsOfIsJudgedAsOfTheServiceDayAndCoversEveryGroup() {
        JsonNode body = get("/rankings");

        assertThat(body.get("asOf").asText()).isEqualTo("2007-11-05");
        assertThat(body.get("rankings")).extracting(g -> g.get("group").asText()).containsExactly("市州", "省直部门");
    }

    @Test
    void anUnknownGroupIsRefusedInChinese() {
        Response response = request("/rankings?group=乡镇");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.readEntity(JsonNode.class).get("error").asText()).contains("group").contains("市州");
    }

    @Test
    void rankingWorkbookHasOneSheetPerGroupWithChineseHeaders() throws Exception {
        Response response = request("/rankings.xlsx?asOf=2007-11-03");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Content-Disposition")).contains("rankings-2007-11-03.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.readEntity(byte[].class)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet cities = workbook.getSheet("市州");
            assertThat(cities.getRow(2).getCell(0).getStringCellValue()).isEqualTo("排名");
            assertThat(cities.getRow(2).getCell(3).getStringCellValue()).isEqualTo("单位名称");
            assertThat(cities.getRow(3).getCell(3).getStringCellValue()).isEqualTo("成都市人民政府");
            assertThat(cities.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(70.0);
            assertThat(cities.getRow(4).getCell(1).getStringCellValue()).isEqualTo("↑1");
            assertThat(workbook.getSheet("省直部门").getRow(3).getCell(2).getStringCellValue()).isIn("001", "002");
        }
    }

    @Test
    void progressCountsUnitsPerMilestoneAndReadinessPerRound() {
        JsonNode progress = get("/progress?asOf=2007-11-03");

        assertThat(progress.get("units").asInt()).isEqualTo(7);
        Map<String, JsonNode> milestones = new java.util.HashMap<>();
        progress.get("milestones").forEach(m -> milestones.put(m.get("milestoneId").asText(), m));
        JsonNode m1 = milestones.get("M1");
        assertThat(List.of(m1.get("onTime").asInt(), m1.get("late").asInt(), m1.get("notMet").asInt(),
                m1.get("pending").asInt())).containsExactly(1, 0, 6, 0);
        JsonNode m5 = milestones.get("M5");
        assertThat(List.of(m5.get("onTime").asInt(), m5.get("late").asInt(), m5.get("notMet").asInt()))
                .containsExactly(1, 1, 5);
        assertThat(milestones.get("M3").get("pending").asInt()).isEqualTo(7);
        assertThat(progress.get("overTime")).extracting(p -> p.get("asOf").asText())
                .containsExactly("2007-10-20", "2007-10-27", "2007-11-03");
    }

    @Test
    void historyHasOnePointPerCrawlRound() {
        JsonNode history = get("/units/510300/score/history?asOf=2007-11-03");

        assertThat(history.get("points")).extracting(p -> p.get("score").asDouble()).containsExactly(5.0, 5.0, 45.0);
        assertThat(history.get("groupAverage")).hasSize(3);
    }

    /** An override without a reason, and one with more points than the indicator's weight. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> refusedOverrides() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        Map.of("unitCode", "002", "indicatorId", "guide_published", "status", "met_on_time"), "修正理由"),
                org.junit.jupiter.params.provider.Arguments.of(
                        Map.of("unitCode", "002", "indicatorId", "ogi_column", "points", 50, "reason", "测试"), "0 到 5.0"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "refused, naming {1}")
    @org.junit.jupiter.params.provider.MethodSource("refusedOverrides")
    void aBadOverrideIsRefusedSayingWhy(Map<String, Object> body, String why) {
        Response response = TestApp.asOffice(APP, "/overrides").request()
                .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.readEntity(JsonNode.class).get("error").asText()).contains(why);
    }

    @Test
    void anOverrideChangesTheScoreFromItsDayKeepsTheComputedValueAndIsListed() {
        Response response = TestApp.asOffice(APP, "/overrides").request()
                .post(Entity.entity(Map.of("unitCode", "001", "indicatorId", "ogi_column", "points", 5,
                        "reason", "首页专栏为图片链接，已人工核实"), MediaType.APPLICATION_JSON_TYPE));
        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode created = response.readEntity(JsonNode.class);
        assertThat(created.get("override").get("effectiveFrom").asText()).isEqualTo("2007-11-05");
        assertThat(created.get("indicator").get("points").asDouble()).isEqualTo(5.0);

        JsonNode column = indicator(get("/units/001/score"), "ogi_column");
        assertThat(column.get("points").asDouble()).isEqualTo(5.0);
        assertThat(column.get("computedPoints").asDouble()).isEqualTo(0.0);
        assertThat(column.get("evidence").get("kind").asText()).isEqualTo("override");
        assertThat(column.get("reasonZh").asText()).startsWith("人工修正：首页专栏为图片链接，已人工核实（操作人：");
        assertThat(indicator(get("/units/001/score?asOf=2007-11-03"), "ogi_column").get("points").asDouble()).isZero();

        JsonNode listed = get("/units/001/overrides");
        assertThat(listed.get("overrides")).hasSize(1);
        assertThat(listed.get("overrides").get(0).get("reason").asText()).isEqualTo("首页专栏为图片链接，已人工核实");
        assertThat(listed.get("overrides").get(0).get("author").asText()).isEqualTo(TestApp.OFFICE_USER);
    }

    @Test
    void aUnitAccountReadsItsOwnScoreDetailAndEveryUnitsRankButNoOtherUnitsEvidence() {
        try (Response own = TestApp.asUnit(APP, "510300", "/units/510300/score").request().get();
                Response other = TestApp.asUnit(APP, "510300", "/units/510100/score").request().get();
                Response otherHistory = TestApp.asUnit(APP, "510300", "/units/510100/score/history").request().get();
                Response otherOverrides = TestApp.asUnit(APP, "510300", "/units/510100/overrides").request().get();
                Response otherChecks = TestApp.asUnit(APP, "510300", "/units/510100/checks").request().get();
                Response leader = TestApp.asLeader(APP, "/units/510100/score").request().get();
                Response scores = TestApp.asUnit(APP, "510300", "/scores").request().get();
                Response rankings = TestApp.asUnit(APP, "510300", "/rankings").request().get()) {
            assertThat(own.getStatus()).isEqualTo(200);
            assertThat(other.getStatus()).isEqualTo(403);
            assertThat(otherHistory.getStatus()).isEqualTo(403);
            assertThat(otherOverrides.getStatus()).isEqualTo(403);
            assertThat(otherChecks.getStatus()).isEqualTo(403);
            assertThat(leader.getStatus()).isEqualTo(200);
            assertThat(scores.getStatus()).isEqualTo(200);
            assertThat(rankings.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void onlyTheOfficeMayOverrideAndNobodyReadsScoresSignedOut() {
        Map<String, Object> body = Map.of("unitCode", "002", "indicatorId", "ogi_column", "points", 1, "reason", "试图修改");
        try (Response leader = TestApp.asLeader(APP, "/overrides").request()
                        .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
                Response unit = TestApp.asUnit(APP, "002", "/overrides").request()
                        .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
                Response anonymous = TestApp.anonymous(APP, "/rankings").request().get()) {
            assertThat(leader.getStatus()).isEqualTo(403);
            assertThat(unit.getStatus()).isEqualTo(403);
            assertThat(anonymous.getStatus()).isEqualTo(401);
        }
        assertThat(get("/units/002/overrides").get("overrides")).isEmpty();
    }
}
