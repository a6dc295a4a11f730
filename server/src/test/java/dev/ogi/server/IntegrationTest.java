package dev.ogi.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.demo.SeedUnitsStep;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The foundation through the real application on a real SQLite file. */
@ExtendWith(DropwizardExtensionsSupport.class)
class IntegrationTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP =
            TestApp.extension(ConfigOverride.config("asOf", "2007-10-20"));

    private static Response importCsv(String csv) {
        return TestApp.asOffice(APP, "/units/import").request()
                .post(Entity.entity(csv.getBytes(StandardCharsets.UTF_8), "text/csv"));
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Units {

        @Test
        @Order(1)
        void seedRegistryImportsEveryUnit() {
            Response response = importCsv(new String(SeedUnitsStep.seedCsv(), StandardCharsets.UTF_8));
            assertThat(response.getStatus()).isEqualTo(200);

            JsonNode units = TestApp.asOffice(APP, "/units").request().get(JsonNode.class);
            assertThat(units.size()).isEqualTo(72);
            long cities = 0;
            for (JsonNode unit : units) {
                if (unit.get("group").asText().equals("市州")) {
                    cities++;
                }
            }
            assertThat(cities).isEqualTo(21);
            // listed by group in the shown order (cities, departments, counties), then by code
            assertThat(units.get(0).get("group").asText()).isEqualTo("市州");
            assertThat(units.get(21).get("group").asText()).isEqualTo("省直部门");
            assertThat(units.get(0).get("code").asText().compareTo(units.get(1).get("code").asText())).isNegative();
            JsonNode groups = TestApp.asOffice(APP, "/groups").request().get(JsonNode.class);
            assertThat(groups.findValuesAsText("label")).containsExactly("市州", "省直部门", "县(市、区)");
            assertThat(groups.get(0).get("name").asText()).isEqualTo("市（州）");
            JsonNode chengdu = TestApp.asOffice(APP, "/units/510100").request().get(JsonNode.class);
            assertThat(chengdu.get("name").asText()).isEqualTo("成都市人民政府");
            assertThat(chengdu.get("homepage").asText()).isEqualTo("http://www.chengdu.gov.cn/");
        }

        @Test
        @Order(2)
        void badFileIsRefusedWholeWithEveryBadRow() {
            int before = TestApp.asOffice(APP, "/units").request().get(JsonNode.class).size();

            Response response = importCsv("code,name,group,homepage\n"
                    + "zz1,一个新单位,省直部门,http://www.zz1.gov.cn/\n"
                    + "zz2,,省直部门,http://www.zz2.gov.cn/\n"
                    + "zz3,第三个单位,不存在的组,http://www.zz3.gov.cn/\n");

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("error").asText()).contains("未导入任何单位");
            assertThat(body.get("details").findValuesAsText("line")).containsExactly("3", "4");
            assertThat(TestApp.asOffice(APP, "/units").request().get(JsonNode.class).size()).isEqualTo(before);
            assertThat(TestApp.asOffice(APP, "/units/zz1").request().get().getStatus()).isEqualTo(404);
        }

        @Test
        @Order(3)
        void reimportUpdatesKnownUnitsAndAddsNewOnes() {
            Response response = importCsv("code,name,group,homepage,shortName\n"
                    + "510100,成都市人民政府,市州,http://www.cd.gov.cn/,成都\n"
                    + "510104,锦江区人民政府,县（市、区）,http://www.jinjiang.gov.cn/,锦江区\n");

            JsonNode result = response.readEntity(JsonNode.class);
            assertThat(result.get("added").asInt()).isEqualTo(1);
            assertThat(result.get("updated").asInt()).isEqualTo(1);
            assertThat(result.get("total").asInt()).isEqualTo(73);
            JsonNode chengdu = TestApp.asOffice(APP, "/units/510100").request().get(JsonNode.class);
            assertThat(chengdu.get("homepage").asText()).isEqualTo("http://www.cd.gov.cn/");
            assertThat(TestApp.asOffice(APP, "/units").queryParam("group", "县(市、区)").request().get(JsonNode.class)
                    .findValuesAsText("code")).containsExactly("510104");
        }

        @Test
        @Order(4)
        void exportUsesTheImportHeader() {
            String csv = TestApp.asOffice(APP, "/units/export.csv").request().get(String.class);

            assertThat(csv).startsWith("\uFEFFcode,name,group,homepage");
            assertThat(csv).contains("511900,巴中市人民政府,市州,http://www.cnbz.gov.cn/");
        }

        @Test
        void unknownUnitIsA404WithAMessage() {
            Response response = TestApp.asOffice(APP, "/units/nosuch").request().get();

            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.readEntity(JsonNode.class).get("error").asText()).isEqualTo("没有代码为 nosuch 的单位");
        }

        @Test
        @Order(9)
        void anOgiEntryPageOnAPlatformIsImportedExportedAndKeptByAFileWithoutTheColumn() {
            Response imported = importCsv("code,name,group,homepage,ogiUrl\n"
                    + "510104,锦江区人民政府,县(市、区),http://www.jinjiang.gov.cn/,http://zwgk.chengdu.gov.cn/jj/index.html\n");
            assertThat(imported.getStatus()).isEqualTo(200);
            assertThat(TestApp.asOffice(APP, "/units/510104").request().get(JsonNode.class).get("ogiUrl").asText())
                    .isEqualTo("http://zwgk.chengdu.gov.cn/jj/index.html");
            assertThat(TestApp.asOffice(APP, "/units/export.csv").request().get(String.class))
                    .contains("http://zwgk.chengdu.gov.cn/jj/index.html");

            importCsv("code,name,group,homepage\n510104,锦江区人民政府,县(市、区),http://www.jinjiang.gov.cn/\n");
            assertThat(TestApp.asOffice(APP, "/units/510104").request().get(JsonNode.class).get("ogiUrl").asText())
                    .isEqualTo("http://zwgk.chengdu.gov.cn/jj/index.html");

            Response bad = TestApp.asOffice(APP, "/units/510104").request().put(Entity.json(java.util.Map.of(
                    "name", "锦江区人民政府", "group", "县(市、区)", "ogiUrl", "javascript:alert(1)")));
            assertThat(bad.getStatus()).isEqualTo(400);
            assertThat(bad.readEntity(JsonNode.class).get("error").asText()).contains("ogiUrl");
        }

        @Test
        @Order(10)
        void anEditWithoutActiveLeavesTheUnitActive() {
            Response response = TestApp.asOffice(APP, "/units/510104").request().put(Entity.json(java.util.Map.of(
                    "name", "锦江区人民政府", "shortName", "锦江", "group", "县(市、区)",
                    "homepage", "http://www.jinjiang.gov.cn/")));
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode unit = TestApp.asOffice(APP, "/units/510104").request().get(JsonNode.class);
            assertThat(unit.get("active").asBoolean()).isTrue();
            assertThat(unit.get("shortName").asText()).isEqualTo("锦江");
        }

        @Test
        @Order(11)
        void oversizedFieldsAndFilesAreRefusedWithTheLimitNamed() {
            Response longName = TestApp.asOffice(APP, "/units/510104").request().put(Entity.json(java.util.Map.of(
                    "name", "很".repeat(100_001), "group", "县(市、区)")));
            assertThat(longName.getStatus()).isEqualTo(400);
            assertThat(longName.readEntity(JsonNode.class).get("error").asText()).contains("单位名称过长", "最多 100 个");

            StringBuilder many = new StringBuilder("code,name,group,homepage\n");
            for (int i = 0; i < 5_001; i++) {
                many.append("x").append(i).append(",单位").append(i).append(",省直部门,\n");
            }
            Response tooMany = importCsv(many.toString());
            assertThat(tooMany.getStatus()).isEqualTo(400);
            assertThat(tooMany.readEntity(JsonNode.class).get("details").get(0).get("message").asText())
                    .contains("超过 5000 个单位");
            assertThat(TestApp.asOffice(APP, "/units/x0").request().get().getStatus()).isEqualTo(404);
            assertThat(TestApp.asOffice(APP, "/units/510104").request().get(JsonNode.class).get("name").asText())
                    .isEqualTo("锦江区人民政府");
        }
    }

    @Nested
    class Campaigns {

        @Test
        void theBuiltInCampaignsAreListedDefaultFirst() {
            JsonNode campaigns = TestApp.asOffice(APP, "/campaigns").request().get(JsonNode.class);

            assertThat(campaigns.findValuesAsText("id")).containsExactly("ogi-2007", "website-2008", "annual-report-2008");
            assertThat(campaigns.get(0).get("maxPoints").asDouble()).isEqualTo(100.0);
            assertThat(campaigns.get(0).get("isDefault").asBoolean()).isTrue();
        }

        @Test
        void milestonesAreJudgedAsOfTheConfiguredDay() {
            JsonNode body = TestApp.asOffice(APP, "/campaigns/ogi-2007/milestones").request().get(JsonNode.class);

            assertThat(body.get("asOf").asText()).isEqualTo("2007-10-20");
            assertThat(body.get("next").get("id").asText()).isEqualTo("M5");
            assertThat(body.get("next").get("daysLeft").asInt()).isEqualTo(11);
            JsonNode m1 = body.get("milestones").get(0);
            assertThat(m1.get("deadline").asText()).isEqualTo("2007-09-30");
            assertThat(m1.get("due").asBoolean()).isTrue();
        }

        @Test
        void asOfParameterOverridesTheDay() {
            JsonNode body = TestApp.asOffice(APP, "/campaigns/ogi-2007/milestones").queryParam("asOf", "2007-09-25")
                    .request().get(JsonNode.class);

            assertThat(body.get("asOf").asText()).isEqualTo("2007-09-25");
            assertThat(body.get("next").get("id").asText()).isEqualTo("M1");
            assertThat(body.get("milestones").get(0).get("due").asBoolean()).isFalse();
        }

        @Test
        void malformedAsOfIsA400NamingTheParameter() {
            Response response = TestApp.asOffice(APP, "/campaigns/ogi-2007/milestones").queryParam("asOf", "2007-13-45")
                    .request().get();

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.readEntity(JsonNode.class).get("error").asText()).contains("asOf").contains("2007-13-45");
        }

        @Test
        void unknownCampaignIsA404() {
            assertThat(TestApp.asOffice(APP, "/campaigns/nosuch/milestones").request().get().getStatus()).isEqualTo(404);
        }
    }

    @Nested
    class Operations {

        @Test
        void healthChecksPassOnAFreshDatabase() {
            Response response = APP.client().target("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")
                    .request().get();
            JsonNode body = response.readEntity(JsonNode.class);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(body.get("database").get("healthy").asBoolean()).isTrue();
            assertThat(body.get("crawl-age").get("message").asText()).isEqualTo("no crawl round has finished yet");
            assertThat(body.get("scheduler").get("healthy").asBoolean()).isTrue();
        }

        @Test
        void migrationsCreateTheWholeSchemaFromEmpty() {
            org.junit.jupiter.api.Assumptions.assumeFalse(PostgresMode.on(),
                    "reads SQLite's catalogue; db.SchemaParityTest compares the PostgreSQL schema with it");
            List<String> tables = APP.<OgiApplication>getApplication() == null ? List.of()
                    : TestApp.rawJdbi(APP)
                            .withHandle(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                                    .mapTo(String.class).list());

            assertThat(tables).contains("units", "campaign_versions", "crawl_rounds", "site_checks", "evidence",
                    "declarations", "declaration_versions", "flyway_schema_history");
            String hash = TestApp.rawJdbi(APP)
                    .withHandle(h -> h.createQuery("SELECT weights_version FROM campaign_versions WHERE campaign_id = 'ogi-2007'")
                            .mapTo(String.class).one());
            assertThat(hash).isEqualTo("2007-09-19.1");
        }
    }
}
