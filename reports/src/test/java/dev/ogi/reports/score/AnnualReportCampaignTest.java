package dev.ogi.reports.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * annual-report-2008.yml scores the 2008 annual report from the crawled evidence (60 points) as
 * well as from the declaration (40 points): on time, late, missing, parts missing.
 */
class AnnualReportCampaignTest {

    private static final UnitInfo UNIT = new UnitInfo("510300", "自贡市人民政府", "自贡市", "市州");
    private static final String URL = "http://www.zg.gov.cn/xxgk/ndbg2008.html";
    private final ScoringEngine engine = new ScoringEngine();
    private final Campaign campaign = new CampaignLoader().loadBuiltIn().stream()
            .filter(c -> c.id().equals("annual-report-2008")).findFirst().orElseThrow();

    private static WebsiteFacts crawled(Integer year, LocalDate publishedOn, int partsMissing) {
        return new WebsiteFacts(true, Optional.empty(), Optional.empty(), 0, 0, Optional.empty(), false, Optional.empty(),
                Optional.of(new WebsiteFacts.AnnualReport(URL, Optional.ofNullable(year), Optional.ofNullable(publishedOn),
                        partsMissing)), Optional.empty());
    }

    private UnitScore score(WebsiteFacts website, LocalDate declaredOn, LocalDate asOf) {
        List<DeclarationFact> declared = declaredOn == null ? List.of()
                : List.of(new DeclarationFact(UNIT.code(), "annual_report", declaredOn, declaredOn.plusDays(2), 7, 1));
        return engine.score(campaign, new UnitFacts(UNIT, List.of(), declared, List.of(), List.of(), website), asOf);
    }

    private static IndicatorScore crawledIndicator(UnitScore score) {
        return score.indicator("annual_report_crawled").orElseThrow();
    }

    @Test
    void aReportOn2008PublishedByTheDeadlineAndDeclaredEarnsEveryPoint() {
        UnitScore score = score(crawled(2008, LocalDate.of(2009, 3, 20), 0), LocalDate.of(2009, 3, 22), LocalDate.of(2009, 4, 10));

        assertThat(score.total()).isEqualTo(100.0);
        IndicatorScore report = crawledIndicator(score);
        assertThat(report.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(report.points()).isEqualTo(60.0);
        assertThat(report.evidence().url()).contains(URL);
        assertThat(report.reasonZh()).isEqualTo("2008年度报告" + URL + "，公布于2009-03-20，按时");
        assertThat(score.milestone("R1").orElseThrow().status()).isEqualTo(IndicatorStatus.met_on_time);
    }

    @Test
    void aReportPublishedAfter31MarchEarnsTheLateShare() {
        IndicatorScore report = crawledIndicator(score(crawled(2008, LocalDate.of(2009, 4, 15), 0), null, LocalDate.of(2009, 4, 20)));

        assertThat(report.status()).isEqualTo(IndicatorStatus.met_late);
        assertThat(report.points()).isEqualTo(30.0);
        assertThat(report.daysLate()).isEqualTo(15);
        assertThat(report.reasonZh()).contains("逾期15天");
    }

    @Test
    void aReportMissingTwoRequiredPartsLosesTwentyPercentEach() {
        IndicatorScore report = crawledIndicator(score(crawled(2008, LocalDate.of(2009, 3, 1), 2), null, LocalDate.of(2009, 4, 1)));

        assertThat(report.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(report.points()).isEqualTo(36.0);
        assertThat(report.reasonZh()).contains("缺少2项必备内容");
    }

    @Test
    void noReportFoundIsPendingBeforeTheDeadlineAndNotMetAfterOnlyTheDeclarationCounts() {
        UnitScore before = score(WebsiteFacts.none(), null, LocalDate.of(2009, 3, 1));
        assertThat(crawledIndicator(before).status()).isEqualTo(IndicatorStatus.pending);

        UnitScore after = score(WebsiteFacts.none(), LocalDate.of(2009, 3, 25), LocalDate.of(2009, 4, 5));
        assertThat(crawledIndicator(after).status()).isEqualTo(IndicatorStatus.not_met);
        assertThat(crawledIndicator(after).points()).isZero();
        assertThat(crawledIndicator(after).reasonZh()).contains("未找到政府信息公开工作年度报告");
        assertThat(after.total()).isEqualTo(40.0);
        assertThat(after.milestone("R1").orElseThrow().status()).isEqualTo(IndicatorStatus.not_met);
    }

    @Test
    void theReportOn2007IsNotThe2008Report() {
        IndicatorScore report = crawledIndicator(score(crawled(2007, LocalDate.of(2008, 3, 28), 0), null, LocalDate.of(2009, 4, 2)));

        assertThat(report.status()).isEqualTo(IndicatorStatus.not_met);
        assertThat(report.points()).isZero();
        assertThat(report.reasonZh()).contains("未找到2008年度报告（公开栏目中最新的年度报告为2007年度：" + URL + "）");
    }
}
