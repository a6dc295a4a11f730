package dev.ogi.server.crawls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.crawlers.sim.SiteScenario;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The crawl API on the real application, crawling real simulated sites through the simulation's
 * proxy with the real crawler: the crawler is configured exactly as for real sites but for the
 * proxy address and a short delay.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrawlApiTest {

    static final LocalDate DAY = LocalDate.of(2007, 11, 15);
    static final SiteScenario CHENGDU = SiteScenario.builder("510100", "成都市人民政府", "www.chengdu.gov.cn")
            .ogiLocation(SiteScenario.OgiLocation.SUBDOMAIN).catalogueEntries(47).build();
    static final SiteScenario EDU = SiteScenario.builder("jyt", "四川省教育厅", "www.scedu.gov.cn")
            .down(LocalDate.of(2007, 11, 1), null).build();
    static final SiteScenario POLICE = SiteScenario.builder("gat", "四川省公安厅", "www.scga.gov.cn")
            .guideFrom(null).catalogueFrom(null).build();

    static final SimulatedWeb WEB = SimulatedWeb.start(DAY).sites(List.of(CHENGDU, EDU, POLICE));

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(
            ConfigOverride.config("asOf", DAY.toString()),
            ConfigOverride.config("crawler.proxy", WEB::proxy),
            ConfigOverride.config("crawler.delay", "5ms"),
            ConfigOverride.config("crawler.readTimeout", "5s"),
            ConfigOverride.config("crawler.pageBudget", "30"));

    @BeforeAll
    static void registry() {
        String csv = "code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                + "jyt,四川省教育厅,省直部门,http://www.scedu.gov.cn/\ngat,四川省公安厅,省直部门,http://www.scga.gov.cn/\n";
        Response response = TestApp.asOffice(APP, "/units/import").request()
                .post(Entity.entity(csv.getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        WEB.close();
    }

    /** Waits for the running round to end (the crawl itself takes a few seconds). */
    static JsonNode awaitRoundEnd() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode current = TestApp.asOffice(APP, "/crawls/current").request().get(JsonNode.class);
            if (!current.get("running").asBoolean()) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the crawl round did not end within a minute");
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
        return out;
    }

    @Test
    @Order(1)
    void officeStartsARoundThatStoresEveryUnitsCheckWithEvidence() throws Exception {
        Response started = TestApp.asOffice(APP, "/crawls").request().post(Entity.text(""));
        assertThat(started.getStatus()).isEqualTo(202);
        JsonNode round = started.readEntity(JsonNode.class);
        assertThat(round.get("status").asText()).isEqualTo("running");
        assertThat(round.get("asOf").asText()).isEqualTo("2007-11-15");
        assertThat(round.get("triggerSource").asText()).isEqualTo("api");

        JsonNode done = awaitRoundEnd();
        assertThat(done.get("roundId").asLong()).isEqualTo(round.get("id").asLong());
        assertThat(done.get("unitsDone").asInt()).isEqualTo(3);
        assertThat(done.get("errors").asInt()).isEqualTo(1);
        assertThat(done.get("pagesFetched").asInt()).isGreaterThan(5);

        JsonNode rounds = TestApp.asLeader(APP, "/crawls").request().get(JsonNode.class);
        assertThat(rounds.get(0).get("status").asText()).isEqualTo("finished");
        assertThat(rounds.get(0).get("unitsDone").asInt()).isEqualTo(3);

        JsonNode chengdu = TestApp.asOffice(APP, "/units/510100/checks").request().get(JsonNode.class);
        assertThat(chengdu.get("guideFirstSeen").asText()).isEqualTo("2007-11-15");
        assertThat(chengdu.get("catalogueFirstSeen").asText()).isEqualTo("2007-11-15");
        JsonNode check = chengdu.get("checks").get(0);
        assertThat(check.get("reachable").asBoolean()).isTrue();
        assertThat(check.get("ogiColumn").asBoolean()).isTrue();
        assertThat(check.get("guide").get("found").asBoolean()).isTrue();
        assertThat(check.get("guide").get("url").asText()).isEqualTo("http://xxgk.chengdu.gov.cn/gkzn/index.htm");
        assertThat(texts(check.get("guide").get("elements"), null)).containsExactlyInAnyOrder(
                "classification", "arrangement", "access", "officeName", "address", "hours", "phone", "fax", "email");
        assertThat(check.get("catalogue").get("entries").asInt()).isEqualTo(47);
        // the simulated site offers the 申请表 with where to send it: the request channel has evidence too
        assertThat(texts(check.get("evidence"), "kind")).containsExactly("homepage", "guide", "catalogue", "applyOnline");
        assertThat(check.get("evidence").get(3).get("url").asText()).isEqualTo("http://xxgk.chengdu.gov.cn/ysq/index.htm");
        JsonNode guideEvidence = check.get("evidence").get(1);
        assertThat(guideEvidence.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(guideEvidence.get("contentHash").asText()).hasSize(64);
        assertThat(guideEvidence.get("title").asText()).contains("政府信息公开指南");
        assertThat(guideEvidence.get("reason").asText()).isNotBlank();

        JsonNode edu = TestApp.asOffice(APP, "/units/jyt/checks").request().get(JsonNode.class).get("checks").get(0);
        assertThat(edu.get("reachable").asBoolean()).isFalse();
        assertThat(edu.get("error").asText()).isNotBlank();
        assertThat(edu.get("consecutiveFailures").asInt()).isEqualTo(1);
        assertThat(edu.get("carriedOver").asBoolean()).isFalse();

        JsonNode police = TestApp.asOffice(APP, "/units/gat/checks").request().get(JsonNode.class);
        assertThat(police.get("checks").get(0).get("guide").get("underConstruction").asBoolean()).isTrue();
        assertThat(police.get("guideFirstSeen").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void onlyTheOfficeStartsAFullRound() {
        assertThat(TestApp.asLeader(APP, "/crawls").request().post(Entity.text("")).getStatus()).isEqualTo(403);
        assertThat(TestApp.asUnit(APP, "gat", "/crawls").request().post(Entity.text("")).getStatus()).isEqualTo(403);
        assertThat(TestApp.anonymous(APP, "/crawls").request().post(Entity.text("")).getStatus()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void unitRechecksItsOwnSiteAsAOneUnitRound() throws Exception {
        WEB.setDate(LocalDate.of(2007, 11, 20));
        Response started = TestApp.asUnit(APP, "gat", "/units/gat/check").request().post(Entity.text(""));
        assertThat(started.getStatus()).isEqualTo(202);
        JsonNode round = started.readEntity(JsonNode.class);
        assertThat(round.get("triggerSource").asText()).isEqualTo("unit-check");
        assertThat(round.get("unitsTotal").asInt()).isEqualTo(1);
        awaitRoundEnd();

        JsonNode police = TestApp.asUnit(APP, "gat", "/units/gat/checks").request().get(JsonNode.class);
        assertThat(police.get("checks")).hasSize(2);
        assertThat(police.get("checks").get(0).get("roundId").asLong()).isEqualTo(round.get("id").asLong());
        WEB.setDate(DAY);
    }

    @Test
    @Order(4)
    void unitCannotRecheckOrReadAnotherUnit() {
        assertThat(TestApp.asUnit(APP, "gat", "/units/510100/check").request().post(Entity.text("")).getStatus()).isEqualTo(403);
        assertThat(TestApp.asUnit(APP, "gat", "/units/510100/checks").request().get().getStatus()).isEqualTo(403);
        assertThat(TestApp.asLeader(APP, "/units/510100/check").request().post(Entity.text("")).getStatus()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void unknownUnitAndBadDateAreClearErrors() {
        Response unknown = TestApp.asOffice(APP, "/units/nosuch/checks").request().get();
        assertThat(unknown.getStatus()).isEqualTo(404);
        Response badDate = TestApp.asOffice(APP, "/crawls").queryParam("asOf", "2007-13-01").request().post(Entity.text(""));
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(badDate.readEntity(JsonNode.class).get("error").asText()).contains("asOf");
    }

    @Test
    @Order(6)
    void noRequestBackdatesARoundNeitherAUnitNorTheOffice() {
        int roundsBefore = TestApp.asOffice(APP, "/crawls").request().get(JsonNode.class).size();
        Response unit = TestApp.asUnit(APP, "gat", "/units/gat/check").queryParam("asOf", "2007-09-21").request()
                .post(Entity.text(""));
        assertThat(unit.getStatus()).isEqualTo(400);
        assertThat(unit.readEntity(JsonNode.class).get("error").asText()).contains("asOf", "服务器");
        Response office = TestApp.asOffice(APP, "/crawls").queryParam("asOf", "2007-11-22").request().post(Entity.text(""));
        assertThat(office.getStatus()).isEqualTo(400);
        assertThat(TestApp.asOffice(APP, "/crawls").request().get(JsonNode.class).size()).isEqualTo(roundsBefore);
    }
}
