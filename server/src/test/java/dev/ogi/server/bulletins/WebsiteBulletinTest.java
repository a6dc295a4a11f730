package dev.ogi.server.bulletins;

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
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bulletin of the website campaign (website-2008) issued through the API from stored website
 * facts and availability days: the vetoed units are named under 三、存在的问题 with their evidence.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebsiteBulletinTest {

    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(
            ConfigOverride.config("asOf", "2008-06-20"), ConfigOverride.config("defaultCampaign", "website-2008"));

    private static long staleCheck;

    @BeforeAll
    static void facts() {
        staleCheck = new ScoreFixtures(APP).websiteStory();
    }

    @Test
    void theBulletinNamesEachVetoedUnitWithItsEvidence() {
        Response issued = TestApp.asOffice(APP, "/bulletins").property(ClientProperties.READ_TIMEOUT, 120_000)
                .queryParam("asOf", "2008-06-20").request().post(Entity.text(""));
        JsonNode body = issued.readEntity(JsonNode.class);
        assertThat(issued.getStatus()).isEqualTo(201);
        assertThat(body.at("/bulletin/issueKey").asText()).isEqualTo("website-2008/2008-06-20");

        String html = TestApp.asOffice(APP, "/bulletins/" + body.at("/bulletin/id").asLong() + "/html")
                .request().get(String.class);
        String problems = html.substring(html.indexOf("三、存在的问题"), html.indexOf("四、下一步要求"));
        assertThat(problems).contains("以下2个单位存在单项否决问题（首页不更新、站点无法访问）")
                .contains("自贡市人民政府：</span>首页不更新：最新信息日期2008-05-10，已41天无新信息，超过14天；证据：http://example.gov.cn/news/"
                        + staleCheck + ".html。")
                .contains("攀枝花市人民政府：</span>站点无法访问：近7天首页可用率88.1%，低于95%。")
                .doesNotContain("成都市人民政府");
    }

    @Test
    void aBulletinForAPastDayIsJudgedOnThatDaysFacts() {
        Response issued = TestApp.asOffice(APP, "/bulletins").property(ClientProperties.READ_TIMEOUT, 120_000)
                .queryParam("asOf", "2008-05-20").request().post(Entity.text(""));
        JsonNode body = issued.readEntity(JsonNode.class);
        String html = TestApp.asOffice(APP, "/bulletins/" + body.at("/bulletin/id").asLong() + "/html")
                .request().get(String.class);
        String problems = html.substring(html.indexOf("三、存在的问题"), html.indexOf("四、下一步要求"));
        // 自贡 was fresh then and 攀枝花 answered every probe; 攀枝花 and 成都 had no website check yet,
        // and a unit nobody has looked at is not criticised for a stale homepage
        assertThat(problems).doesNotContain("自贡市人民政府").doesNotContain("站点无法访问")
                .doesNotContain("攀枝花市人民政府").doesNotContain("首页不更新");
    }
}
