package dev.ogi.reports.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringEngineTest {

    private static final Campaign CAMPAIGN = new CampaignLoader().loadAll(null).get("ogi-2007");
    private final ScoringEngine engine = new ScoringEngine();

    private UnitScore score(History history, String asOf) {
        return score(history.checks(), List.of(), List.of(), asOf);
    }

    private UnitScore score(List<CheckSnapshot> checks, List<DeclarationFact> declarations, List<ScoreOverride> overrides,
            String asOf) {
        return engine.score(CAMPAIGN, History.UNIT, checks, declarations, overrides, LocalDate.parse(asOf));
    }

    /** Indicator {@code id} of the unit's score on {@code asOf}, from its check history alone. */
    private IndicatorScore indicatorOn(String id, History history, String asOf) {
        return indicator(score(history, asOf), id);
    }

    private static IndicatorScore indicator(UnitScore score, String id) {
        return score.indicator(id).orElseThrow();
    }

    // --- crawled items ---------------------------------------------------------------------

    @Test
    void guideSeenBeforeTheDeadlineIsMetOnTimeWithFullPoints() {
        IndicatorScore guide = indicatorOn("guide_published",
                History.of().nothing("2007-10-15").guide("2007-10-20", 9), "2007-11-05");
        assertThat(guide.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(guide.points()).isEqualTo(10.0);
        assertThat(guide.metOn()).contains(LocalDate.of(2007, 10, 20));
        assertThat(guide.daysLate()).isZero();
        assertThat(guide.evidence().kind()).isEqualTo(ScoreEvidence.Kind.crawl);
        assertThat(guide.evidence().reference()).contains("2");
        assertThat(guide.evidence().url()).contains("http://www.chengdu.gov.cn/xxgk/zn.html");
        assertThat(guide.reasonZh()).isEqualTo("公开指南于2007年10月20日首次检测到，按时完成，得10分（满分10分）");
    }

    @Test
    void guideFirstSeenOnTheDeadlineDayIsOnTime() {
        UnitScore score = score(History.of().guide("2007-10-31", 9), "2007-11-05");

        assertThat(indicator(score, "guide_published").status()).isEqualTo(IndicatorStatus.met_on_time);
    }

    @Test
    void guideFirstSeenThreeDaysLateEarnsHalfItsPoints() {
        IndicatorScore guide = indicatorOn("guide_published",
                History.of().nothing("2007-10-31").guide("2007-11-03", 9), "2007-11-05");
        assertThat(guide.status()).isEqualTo(IndicatorStatus.met_late);
        assertThat(guide.daysLate()).isEqualTo(3);
        assertThat(guide.points()).isEqualTo(5.0);
        assertThat(guide.reasonZh()).isEqualTo("公开指南于2007年11月03日首次检测到，逾期3天，得5分（满分10分）");
    }

    @Test
    void catalogueNeverSeenAfterTheDeadlineIsNotMetWithNoPoints() {
        UnitScore score = score(History.of().guide("2007-10-20", 9), "2007-11-05");

        IndicatorScore catalogue = indicator(score, "catalogue_published");
        assertThat(catalogue.status()).isEqualTo(IndicatorStatus.not_met);
        assertThat(catalogue.points()).isZero();
        assertThat(catalogue.metOn()).isEmpty();
        assertThat(catalogue.evidence().kind()).isEqualTo(ScoreEvidence.Kind.none);
        assertThat(catalogue.reasonZh()).isEqualTo("尚未检测到公开目录，已逾期（截止2007年10月31日），得0分");
        assertThat(indicator(score, "catalogue_fields").status()).isEqualTo(IndicatorStatus.not_met);
        assertThat(score.milestone("M5").orElseThrow().status()).isEqualTo(IndicatorStatus.not_met);
    }

    @Test
    void catalogueNotSeenBeforeTheDeadlineIsPendingWithDaysLeft() {
        IndicatorScore catalogue = indicatorOn("catalogue_published", History.of().nothing("2007-10-20"), "2007-10-26");
        assertThat(catalogue.status()).isEqualTo(IndicatorStatus.pending);
        assertThat(catalogue.points()).isZero();
        assertThat(catalogue.reasonZh()).isEqualTo("尚未检测到公开目录，距截止日期还有5天（截止2007年10月31日），暂得0分");
    }

    @Test
    void checksJudgedAfterTheScoringDayAreIgnored() {
        List<CheckSnapshot> checks = History.of().nothing("2007-10-20").guide("2007-11-10", 9).checks();

        assertThat(indicator(score(checks, List.of(), List.of(), "2007-11-05"), "guide_published").status())
                .isEqualTo(IndicatorStatus.not_met);
        assertThat(indicator(score(checks, List.of(), List.of(), "2007-11-10"), "guide_published").status())
                .isEqualTo(IndicatorStatus.met_late);
    }

    @Test
    void aLaterFailedCheckDoesNotUnmeetAGuide() {
        IndicatorScore guide = indicatorOn("guide_published",
                History.of().guide("2007-10-20", 9).unreachable("2007-10-27").nothing("2007-11-03"), "2007-11-05");
        assertThat(guide.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(guide.points()).isEqualTo(10.0);
        assertThat(guide.reasonZh()).contains("最近一次检测（2007年11月03日）未再检测到");
    }

    @Test
    void carriedOverFindingsDoNotMoveTheDayFirstSeen() {
        UnitScore score = score(History.of().guide("2007-10-20", 9).carriedOver("2007-10-27"), "2007-11-05");

        assertThat(indicator(score, "guide_published").metOn()).contains(LocalDate.of(2007, 10, 20));
    }

    // --- quality shares --------------------------------------------------------------------

    @Test
    void guideElementsEarnTheirShareOfNine() {
        IndicatorScore elements = indicatorOn("guide_elements", History.of().guide("2007-10-20", 7), "2007-11-05");
        assertThat(elements.points()).isEqualTo(11.67);
        assertThat(elements.maxPoints()).isEqualTo(15.0);
        assertThat(elements.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(elements.reasonZh()).isEqualTo(
                "最近一次检测到的公开指南（2007年10月20日）含第十九条规定的9项要素中的7项（缺：传真号码、电子邮箱），得11.67分（满分15分）");
    }

    @Test
    void aLateGuidesElementsAreNotHalved() {
        IndicatorScore elements = indicatorOn("guide_elements", History.of().guide("2007-11-03", 9), "2007-11-05");
        assertThat(elements.status()).isEqualTo(IndicatorStatus.met_late);
        assertThat(elements.points()).isEqualTo(15.0);
        assertThat(elements.reasonZh()).contains("发布逾期只在发布指标中扣分");
    }

    @Test
    void qualityIsTakenFromTheLatestCheckThatFoundTheItem() {
        IndicatorScore elements = indicatorOn("guide_elements",
                History.of().guide("2007-10-20", 3).guide("2007-10-27", 9).nothing("2007-11-03"), "2007-11-05");
        assertThat(elements.points()).isEqualTo(15.0);
        assertThat(elements.evidence().reference()).contains("2");
    }

    @Test
    void catalogueFieldsEarnTheirShareOfFour() {
        UnitScore score = score(History.of().catalogue("2007-10-20", 3, 50), "2007-11-05");

        assertThat(indicator(score, "catalogue_fields").points()).isEqualTo(7.5);
        assertThat(indicator(score, "catalogue_fields").reasonZh()).contains("（缺：生成日期）");
    }

    @Test
    void catalogueEntriesEarnTheirShareOfTheTargetCappedAtFull() {
        assertThat(indicator(score(History.of().catalogue("2007-10-20", 4, 20), "2007-11-05"), "catalogue_entries")
                .points()).isEqualTo(2.0);
        assertThat(indicator(score(History.of().catalogue("2007-10-20", 4, 400), "2007-11-05"), "catalogue_entries")
                .points()).isEqualTo(5.0);
        IndicatorScore uncounted = indicator(score(History.of().catalogue("2007-10-20", 4, null), "2007-11-05"),
                "catalogue_entries");
        assertThat(uncounted.points()).isZero();
        assertThat(uncounted.reasonZh()).contains("条目无法计数");
    }

    // --- website ---------------------------------------------------------------------------

    @ParameterizedTest(name = "reachable {0} days, then down one: {1} points, {2}")
    @CsvSource({"19, 5.0, met_on_time", "9, 4.74, pending"})
    void availabilityAtTheMinimumShareEarnsFullPointsAndBelowItIsProportional(int reachableDays, double points,
            IndicatorStatus status) {
        IndicatorScore availability = availabilityAfterReachableDays(reachableDays);
        assertThat(availability.points()).isEqualTo(points);
        assertThat(availability.status()).isEqualTo(status);
    }

    @Test
    void availabilityAtTheMinimumShareSaysSo() {
        assertThat(availabilityAfterReachableDays(19).reasonZh())
                .isEqualTo("截至2007年11月05日共检测20次，网站可访问19次（95%），达到要求的95%，得5分（满分5分）");
    }

    @Test
    void availabilityBelowTheMinimumSaysByHowMuch() {
        assertThat(availabilityAfterReachableDays(9).reasonZh()).contains("90%").contains("低于要求的95%");
    }

    /** The availability on 2007-11-05 of a site reachable on October's first days, then down one day. */
    IndicatorScore availabilityAfterReachableDays(int reachableDays) {
        History history = History.of();
        for (int day = 1; day <= reachableDays; day++) {
            history.nothing("2007-10-%02d".formatted(day));
        }
        history.unreachable("2007-10-%02d".formatted(reachableDays + 1));
        return indicator(score(history, "2007-11-05"), "site_availability");
    }

    @Test
    void ogiColumnCountsOnlyWhenTheLatestCheckStillSeesIt() {
        assertThat(indicator(score(History.of().column("2007-10-20", true), "2007-11-05"), "ogi_column").points())
                .isEqualTo(5.0);
        IndicatorScore gone = indicator(score(History.of().column("2007-10-20", true).column("2007-10-27", false),
                "2007-11-05"), "ogi_column");
        assertThat(gone.points()).isZero();
        assertThat(gone.status()).isEqualTo(IndicatorStatus.pending);
        assertThat(gone.reasonZh()).contains("2007年10月20日曾检测到");
    }

    // --- declared items --------------------------------------------------------------------

    /** Submitted 2007-09-28 (deadline 09-30), approved 10-15. */
    private static final DeclarationFact ORGANISATION_SUBMITTED_0928 = new DeclarationFact("510100", "organisation",
            LocalDate.of(2007, 9, 28), LocalDate.of(2007, 10, 15), 7, 1);

    /** The declared indicator {@code id} on {@code asOf}, from these declarations alone. */
    private IndicatorScore declared(String id, String asOf, DeclarationFact... declarations) {
        return indicator(score(List.of(), List.of(declarations), List.of(), asOf), id);
    }

    @Test
    void declarationIsMetOnItsSubmissionDayDespiteASlowReview() {
        IndicatorScore approved = declared("organisation", "2007-10-20", ORGANISATION_SUBMITTED_0928);
        assertThat(approved.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(approved.points()).isEqualTo(10.0);
        assertThat(approved.metOn()).contains(LocalDate.of(2007, 9, 28));
        assertThat(approved.evidence()).isEqualTo(ScoreEvidence.declaration(7, 1));
        assertThat(approved.reasonZh()).isEqualTo("组织机构申报于2007年09月28日提交，2007年10月15日审核通过，按时完成，得10分（满分10分）");
    }

    @Test
    void declarationNotYetApprovedOnTheScoringDayDoesNotCount() {
        IndicatorScore before = declared("organisation", "2007-10-10", ORGANISATION_SUBMITTED_0928);
        assertThat(before.status()).isEqualTo(IndicatorStatus.not_met);
        assertThat(before.reasonZh()).isEqualTo("尚无审核通过的组织机构申报，已逾期（截止2007年09月30日），得0分");
    }

    @Test
    void declarationSubmittedFiveDaysLateEarnsHalf() {
        DeclarationFact filing = new DeclarationFact("510100", "filing", LocalDate.of(2007, 10, 15),
                LocalDate.of(2007, 10, 16), 9, 1);

        IndicatorScore late = declared("filing", "2007-11-05", filing);
        assertThat(late.status()).isEqualTo(IndicatorStatus.met_late);
        assertThat(late.daysLate()).isEqualTo(5);
        assertThat(late.points()).isEqualTo(7.5);
    }

    @Test
    void theEarliestApprovedVersionDecidesTheDayMet() {
        List<DeclarationFact> versions = List.of(
                new DeclarationFact("510100", "systems", LocalDate.of(2007, 10, 20), LocalDate.of(2007, 10, 21), 3, 2),
                new DeclarationFact("510100", "systems", LocalDate.of(2007, 9, 25), LocalDate.of(2007, 9, 29), 3, 1));

        IndicatorScore systems = declared("systems", "2007-11-05", versions.toArray(DeclarationFact[]::new));
        assertThat(systems.metOn()).contains(LocalDate.of(2007, 9, 25));
        assertThat(systems.status()).isEqualTo(IndicatorStatus.met_on_time);
    }

    // --- overrides -------------------------------------------------------------------------

    private static ScoreOverride override(long id, String day, Optional<Double> points, Optional<IndicatorStatus> status,
            boolean revoke) {
        return new ScoreOverride(id, "510100", "guide_published", revoke, points, status, "指南为附件下载，爬虫未识别",
                "office1", Instant.parse(day + "T08:00:00Z").plusSeconds(id), LocalDate.parse(day));
    }

    @Test
    void anOverrideReplacesPointsAndStatusAndKeepsTheComputedOnes() {
        List<CheckSnapshot> checks = History.of().nothing("2007-10-20").checks();
        ScoreOverride fix = override(11, "2007-11-02", Optional.empty(), Optional.of(IndicatorStatus.met_on_time), false);

        IndicatorScore guide = indicator(score(checks, List.of(), List.of(fix), "2007-11-05"), "guide_published");
        assertThat(guide.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(guide.points()).isEqualTo(10.0);
        assertThat(guide.computedStatus()).isEqualTo(IndicatorStatus.not_met);
        assertThat(guide.computedPoints()).isZero();
        assertThat(guide.overrideId()).contains(11L);
        assertThat(guide.evidence()).isEqualTo(ScoreEvidence.override(11));
        assertThat(guide.reasonZh()).startsWith("人工修正：指南为附件下载，爬虫未识别（操作人：office1），按时完成，得10分（满分10分）；系统判定：尚未检测到公开指南");
    }

    @Test
    void anOverrideAppliesFromItsDayOn() {
        List<CheckSnapshot> checks = History.of().nothing("2007-10-20").checks();
        ScoreOverride fix = override(11, "2007-11-02", Optional.of(8.0), Optional.empty(), false);

        assertThat(indicator(score(checks, List.of(), List.of(fix), "2007-11-01"), "guide_published").points()).isZero();
        assertThat(indicator(score(checks, List.of(), List.of(fix), "2007-11-02"), "guide_published").points())
                .isEqualTo(8.0);
    }

    @Test
    void aNewerOverrideSupersedesAndARevokeRestoresTheComputedScore() {
        List<CheckSnapshot> checks = History.of().nothing("2007-10-20").checks();
        ScoreOverride first = override(11, "2007-11-02", Optional.of(8.0), Optional.empty(), false);
        ScoreOverride second = override(12, "2007-11-03", Optional.of(6.0), Optional.empty(), false);
        ScoreOverride revoke = override(13, "2007-11-04", Optional.empty(), Optional.empty(), true);
        List<ScoreOverride> all = List.of(revoke, first, second);

        assertThat(indicator(score(checks, List.of(), all, "2007-11-03"), "guide_published").points()).isEqualTo(6.0);
        IndicatorScore revoked = indicator(score(checks, List.of(), all, "2007-11-05"), "guide_published");
        assertThat(revoked.points()).isZero();
        assertThat(revoked.overridden()).isFalse();
    }

    // --- the whole score -------------------------------------------------------------------

    @Test
    void aUnitThatDidEverythingOnTimeScoresAHundred() {
        List<DeclarationFact> declarations = List.of("organisation", "systems", "funding", "filing", "public_comment",
                "reading_room").stream().map(type -> new DeclarationFact("510100", type, LocalDate.of(2007, 9, 25),
                        LocalDate.of(2007, 9, 26), 1, 1)).toList();
        UnitScore score = score(History.of().complete("2007-10-20").checks(), declarations, List.of(), "2008-03-01");

        assertThat(score.total()).isEqualTo(100.0);
        assertThat(score.max()).isEqualTo(100.0);
        assertThat(score.weightsVersion()).isEqualTo(CAMPAIGN.weightsVersion());
        assertThat(score.campaignHash()).isEqualTo(CAMPAIGN.contentHash());
        assertThat(score.milestones()).allSatisfy(m -> assertThat(m.status()).isEqualTo(IndicatorStatus.met_on_time));
    }

    @Test
    void aMilestoneTakesItsWorstIndicatorAndItsLatestMetDay() {
        UnitScore score = score(History.of().guide("2007-10-20", 9).catalogue("2007-11-04", 4, 50), "2007-11-05");

        MilestoneScore m5 = score.milestone("M5").orElseThrow();
        assertThat(m5.status()).isEqualTo(IndicatorStatus.met_late);
        assertThat(m5.metOn()).contains(LocalDate.of(2007, 11, 4));
        assertThat(m5.daysLate()).isEqualTo(4);
        assertThat(m5.points()).isEqualTo(10 + 15 + 5 + 10 + 5.0);
    }

    @Test
    void totalsOverDaysMatchFullScores() {
        UnitFacts facts = new UnitFacts(History.UNIT,
                History.of().nothing("2007-10-20").guide("2007-11-03", 6).catalogue("2007-11-10", 2, 12).checks(),
                List.of(new DeclarationFact("510100", "organisation", LocalDate.of(2007, 10, 2), LocalDate.of(2007, 10, 9), 1, 1)),
                List.of());
        List<LocalDate> days = List.of(LocalDate.of(2007, 10, 20), LocalDate.of(2007, 11, 3), LocalDate.of(2007, 11, 10));

        double[] totals = engine.totals(CAMPAIGN, facts, days);
        for (int i = 0; i < days.size(); i++) {
            assertThat(totals[i]).isEqualTo(engine.score(CAMPAIGN, facts, days.get(i)).total());
        }
    }

    // --- exemptions ------------------------------------------------------------------------

    @Test
    void anExemptIndicatorLeavesTheMaximumAndHoldsNoMilestoneBack() {
        History history = History.of().guide("2007-10-20", 9);
        UnitScore full = score(history, "2007-11-05");
        UnitScore exempt = engine.score(CAMPAIGN, new UnitFacts(History.UNIT, history.checks(), List.of(), List.of(),
                List.of(new ScoreExemption(4, "510100", "site_availability", "部门无独立网站，由省政府门户网站统一公开"))),
                LocalDate.parse("2007-11-05"));

        IndicatorScore availability = indicator(exempt, "site_availability");
        assertThat(availability.status()).isEqualTo(IndicatorStatus.exempt);
        assertThat(availability.points()).isZero();
        assertThat(availability.maxPoints()).isZero();
        assertThat(availability.reasonZh()).contains("不适用").contains("由省政府门户网站统一公开");
        assertThat(exempt.max()).isEqualTo(full.max() - 5);
        assertThat(exempt.milestone("M7").orElseThrow().maxPoints())
                .isEqualTo(full.milestone("M7").orElseThrow().maxPoints() - 5);
        assertThat(exempt.milestone("M7").orElseThrow().missingZh()).doesNotContain("网站可用性（政府网站作为第一平台）");
    }
}
