package dev.ogi.reports.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebsiteRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2009, 3, 20);
    private final ScoringEngine engine = new ScoringEngine();
    private final Campaign campaign = new CampaignLoader().loadBuiltIn().stream()
            .filter(c -> c.id().equals("website-2008")).findFirst().orElseThrow();


    private UnitScore score(WebsiteFacts website) {
        UnitInfo unit = new UnitInfo("U1", "测试市人民政府", "测试市", "city");
        return engine.score(campaign, new UnitFacts(unit, List.of(), List.of(), List.of(), List.of(), website), AS_OF);
    }

    private static WebsiteFacts facts(LocalDate newest, int broken, double availability) {
        return new WebsiteFacts(true, Optional.of(newest), Optional.of("http://a.gov.cn/news/1.html"), 40, broken,
                broken > 0 ? Optional.of("http://a.gov.cn/ogi/att.doc") : Optional.empty(), true,
                Optional.of("http://a.gov.cn/apply.html"),
                Optional.of(new WebsiteFacts.AnnualReport("http://a.gov.cn/report2008.html", Optional.of(2008),
                        Optional.of(LocalDate.of(2009, 3, 10)), 0)),
                Optional.of(availability));
    }

    @Test
    void aCleanSiteEarnsEveryWebsitePointWithItsEvidence() {
        UnitScore score = score(facts(AS_OF.minusDays(3), 0, 0.99));
        assertThat(score.total()).isEqualTo(100.0);
        assertThat(score.indicator("homepage_fresh").orElseThrow().evidence().url())
                .contains("http://a.gov.cn/news/1.html");
        assertThat(score.indicators()).noneMatch(i -> i.reasonZh().contains("单项否决"));
        assertThat(score.vetoes()).isEmpty();
    }

    @Test
    void aHomepageWithNoNewItemFor14DaysIsTheVetoItemNamingTheNewestItem() {
        IndicatorScore fresh = score(facts(AS_OF.minusDays(20), 0, 0.99)).indicator("homepage_fresh").orElseThrow();
        assertThat(fresh.status()).isEqualTo(IndicatorStatus.not_met);
        assertThat(fresh.points()).isZero();
        assertThat(fresh.reasonZh()).startsWith("单项否决：首页不更新").contains("2009-02-28").contains("20天");
        assertThat(fresh.veto()).isTrue();
    }

    @Test
    void aUnitNotYetCheckedIsNotJudgedStale() {
        UnitScore score = score(WebsiteFacts.none().withAvailability(Optional.of(0.99)));
        IndicatorScore fresh = score.indicator("homepage_fresh").orElseThrow();
        assertThat(fresh.veto()).isFalse();
        assertThat(fresh.points()).isZero();
        assertThat(fresh.reasonZh()).contains("尚未检查");
        assertThat(score.vetoes()).isEmpty();
    }

    @Test
    void aSiteBelow95PercentOverSevenDaysIsTheVetoItemSiteUnreachable() {
        UnitScore score = score(facts(AS_OF, 0, 0.90));
        assertThat(score.vetoes()).extracting(IndicatorScore::indicatorId).containsExactly("site_reachable");
        IndicatorScore reach = score.indicator("site_reachable").orElseThrow();
        assertThat(reach.points()).isZero();
        assertThat(reach.reasonZh()).startsWith("单项否决：站点无法访问").contains("90.0%");
    }

    @Test
    void brokenLinksCutTenPercentEachAndNameALink() {
        IndicatorScore links = score(facts(AS_OF, 3, 0.99)).indicator("broken_links").orElseThrow();
        assertThat(links.points()).isEqualTo(10.5);
        assertThat(links.reasonZh()).contains("错链3个").contains("http://a.gov.cn/ogi/att.doc");
    }

    @Test
    void aLateAnnualReportWithAPartMissingEarnsTheLateShareLessAPart() {
        WebsiteFacts w = new WebsiteFacts(true, Optional.empty(), Optional.empty(), 0, 0, Optional.empty(), false,
                Optional.empty(), Optional.of(new WebsiteFacts.AnnualReport("http://a.gov.cn/r.html", Optional.of(2008),
                        Optional.of(LocalDate.of(2009, 4, 10)), 1)), Optional.empty());
        UnitScore score = engine.score(campaign, new UnitFacts(new UnitInfo("U1", "测试市", "测试市", "city"), List.of(),
                List.of(), List.of(), List.of(), w), LocalDate.of(2009, 4, 20));
        IndicatorScore report = score.indicator("annual_report_crawled").orElseThrow();
        assertThat(report.status()).isEqualTo(IndicatorStatus.met_late);
        assertThat(report.points()).isEqualTo(8.0);
        assertThat(report.reasonZh()).contains("逾期10天").contains("缺少1项");
        assertThat(score.indicator("apply_online").orElseThrow().status()).isEqualTo(IndicatorStatus.not_met);
    }
}
