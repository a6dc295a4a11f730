package dev.ogi.server.scores;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.codahale.metrics.MetricRegistry;
import dev.ogi.crawlers.probe.ProbeResult;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The website-as-first-platform campaign scored from the stored website facts and the
 * availability monitor, with the veto items (单项否决) named in the unit score and the ranking.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebsiteScoreApiTest {

    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2008-06-20"));

    @BeforeAll
    static void facts() {
        new ScoreFixtures(APP).websiteStory();
    }

    private static JsonNode get(String path, String campaign) {
        return TestApp.asOffice(APP, path).queryParam("campaign", campaign).request().get(JsonNode.class);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    @Test
    void aStaleHomepageIsTheVetoItem首页不更新WithItsDate() {
        JsonNode score = get("/units/510300/score", "website-2008");

        assertThat(texts(score.get("vetoes"))).containsExactly("homepage_fresh");
        JsonNode fresh = indicator(score, "homepage_fresh");
        assertThat(fresh.get("status").asText()).isEqualTo("not_met");
        assertThat(fresh.get("reasonZh").asText()).startsWith("单项否决：首页不更新").contains("2008-05-10");
        JsonNode links = indicator(score, "broken_links");
        assertThat(links.get("points").asDouble()).isEqualTo(13.5);
        assertThat(links.get("reasonZh").asText()).contains("http://www.zg.gov.cn/dead.html");
    }

    @Test
    void anUnreachableSiteIsTheVetoItem站点无法访问AndACleanSiteHasNone() {
        JsonNode down = get("/units/510400/score", "website-2008");
        assertThat(texts(down.get("vetoes"))).containsExactly("site_reachable");
        assertThat(indicator(down, "site_reachable").get("reasonZh").asText()).startsWith("单项否决：站点无法访问");

        JsonNode clean = get("/units/510100/score", "website-2008");
        assertThat(clean.get("vetoes")).isEmpty();
        assertThat(clean.get("total").asDouble()).isEqualTo(100.0);
    }

    @Test
    void theRankingNamesEachUnitsVetoesAndOtherCampaignsHaveNone() {
        JsonNode rows = get("/rankings", "website-2008").get("rankings").get(0).get("rows");
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> codes.add(row.get("code").asText() + ":" + texts(row.get("vetoes"))));
        assertThat(codes).containsExactlyInAnyOrder("510100:[]", "510300:[homepage_fresh]", "510400:[site_reachable]");

        get("/rankings", "ogi-2007").get("rankings").get(0).get("rows")
                .forEach(row -> assertThat(row.get("vetoes")).isEmpty());
    }

    @Test
    void theAnnualReportCampaignScoresTheCrawledReportToo() {
        JsonNode found = TestApp.asOffice(APP, "/units/510100/score").queryParam("campaign", "annual-report-2008")
                .queryParam("asOf", "2009-04-10").request().get(JsonNode.class);
        JsonNode report = indicator(found, "annual_report_crawled");
        assertThat(report.get("status").asText()).isEqualTo("met_on_time");
        assertThat(report.get("points").asDouble()).isEqualTo(60.0);
        assertThat(report.get("reasonZh").asText()).contains("http://example.gov.cn/xxgk/ndbg.html");
        // declared nothing: the declaration's 40 points are missing
        assertThat(found.get("total").asDouble()).isEqualTo(60.0);

        JsonNode missing = TestApp.asOffice(APP, "/units/510400/score").queryParam("campaign", "annual-report-2008")
                .queryParam("asOf", "2009-04-10").request().get(JsonNode.class);
        assertThat(indicator(missing, "annual_report_crawled").get("status").asText()).isEqualTo("not_met");
    }

    @Test
    void aPastDayIsJudgedOnThatDaysWebsiteFactsAndProbes() {
        JsonNode stale = TestApp.asOffice(APP, "/units/510300/score").queryParam("campaign", "website-2008")
                .queryParam("asOf", "2008-05-20").request().get(JsonNode.class);
        assertThat(stale.get("vetoes")).isEmpty();
        assertThat(indicator(stale, "homepage_fresh").get("status").asText()).isEqualTo("met_on_time");
        assertThat(indicator(stale, "homepage_fresh").get("reasonZh").asText()).startsWith("最新信息日期2008-05-10");

        JsonNode down = TestApp.asOffice(APP, "/units/510400/score").queryParam("campaign", "website-2008")
                .queryParam("asOf", "2008-05-20").request().get(JsonNode.class);
        assertThat(indicator(down, "site_reachable").get("reasonZh").asText()).isEqualTo("近7天首页可用率100.0%，不低于95%");
    }

    @Test
    void recordedProbesReachTheScoresAtOnce() {
        // a second context on the same database, not closed: it would shut the shared Quartz scheduler down
        AppContext context = AppContext.create(APP.getConfiguration(), Database.configure(TestApp.rawJdbi(APP)),
                Clock.systemUTC(), APP.getObjectMapper(), new MetricRegistry());
        Campaign campaign = context.campaigns().require("website-2008");
        LocalDate day = LocalDate.of(2008, 6, 21);
        assertThat(context.scores().score(campaign, "510100", day).orElseThrow().vetoes()).isEmpty();

        // a whole China day (2008-06-21) of failed probes after the story's week: 24 of 168 failed
        for (int hour = 0; hour < 24; hour++) {
            Instant at = Instant.parse("2008-06-20T16:00:00Z").plus(Duration.ofHours(hour));
            context.availability().record(at, List.of(new ProbeResult("510100", at, ProbeResult.Outcome.TIMEOUT, 0,
                    15_000, 1, Optional.of("首页在15秒内未打开"))));
        }

        assertThat(context.scores().score(campaign, "510100", day).orElseThrow().vetoes())
                .extracting(IndicatorScore::indicatorId).containsExactly("site_reachable");
    }

    private static JsonNode indicator(JsonNode score, String id) {
        for (JsonNode indicator : score.get("indicators")) {
            if (indicator.get("indicatorId").asText().equals(id)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + id + " in " + score);
    }
}
