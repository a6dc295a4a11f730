package dev.ogi.reports.rank;

import static dev.ogi.reports.rank.UnitScores.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.reports.score.IndicatorStatus;
import dev.ogi.reports.score.MilestoneScore;
import dev.ogi.reports.score.UnitInfo;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingsTest {

    private static final LocalDate DAY = UnitScores.DAY;

    @Test
    void tiedTotalsShareARankAndTheNextRankSkips() {
        List<UnitScore> scores = List.of(score("510300", "市州", 80), score("510100", "市州", 90),
                score("510400", "市州", 80), score("510500", "市州", 70));

        Ranking ranking = Rankings.rank(scores, "市州", DAY, Map.of());

        assertThat(ranking.rows()).extracting(r -> r.unit().code())
                .containsExactly("510100", "510300", "510400", "510500");
        assertThat(ranking.rows()).extracting(RankingRow::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranking.rows()).allSatisfy(r -> assertThat(r.change()).isEmpty());
    }

    @Test
    void rankChangeIsPlacesGainedSinceThePreviousRanking() {
        List<UnitScore> scores = List.of(score("510100", "市州", 90), score("510300", "市州", 80),
                score("510400", "市州", 70));

        Ranking ranking = Rankings.rank(scores, "市州", DAY, Map.of("510100", 3, "510300", 1));

        assertThat(ranking.row("510100").orElseThrow().change()).contains(2);
        assertThat(ranking.row("510300").orElseThrow().change()).contains(-1);
        assertThat(ranking.row("510300").orElseThrow().previousRank()).contains(1);
        assertThat(ranking.row("510400").orElseThrow().change()).isEmpty();
    }

    @Test
    void aGroupRankingLeavesOtherGroupsOut() {
        List<UnitScore> scores = List.of(score("510100", "市州", 60), score("001", "省直部门", 95),
                score("002", "省直部门", 40));

        Ranking departments = Rankings.rank(scores, "省直部门", DAY, Optional.empty());

        assertThat(departments.rows()).extracting(r -> r.unit().code()).containsExactly("001", "002");
        assertThat(departments.rows()).extracting(RankingRow::rank).containsExactly(1, 2);
    }

    @Test
    void progressCountsUnitsPerMilestoneStatus() {
        Campaign campaign = new CampaignLoader().loadAll(null).get("ogi-2007");
        List<UnitScore> scores = List.of(
                withM1("a", IndicatorStatus.met_on_time), withM1("b", IndicatorStatus.met_on_time),
                withM1("c", IndicatorStatus.met_late), withM1("d", IndicatorStatus.not_met));

        Progress progress = ProgressReport.of(campaign, scores, DAY);

        MilestoneProgress m1 = progress.milestones().get(0);
        assertThat(m1.milestoneId()).isEqualTo("M1");
        assertThat(List.of(m1.units(), m1.onTime(), m1.late(), m1.notMet(), m1.pending())).containsExactly(4, 2, 1, 1, 0);
        assertThat(progress.averageScore()).isEqualTo(50.0);
        assertThat(progress.readiness()).isEqualTo(0.5);
    }

    private static UnitScore withM1(String code, IndicatorStatus status) {
        MilestoneScore m1 = new MilestoneScore("M1", "组织保障", Optional.of(LocalDate.of(2007, 9, 30)), status,
                Optional.empty(), 0, 0, 10, List.of());
        return new UnitScore(new UnitInfo(code, code, null, "市州"), DAY, "ogi-2007", "v1", "h", 50, 100, List.of(),
                List.of(m1));
    }

    @Test
    void groupAverageIsTheMeanDayByDay() {
        List<LocalDate> days = List.of(DAY, DAY.plusDays(7));
        List<ScorePoint> a = List.of(new ScorePoint(DAY, 10), new ScorePoint(DAY.plusDays(7), 30));
        List<ScorePoint> b = List.of(new ScorePoint(DAY, 20), new ScorePoint(DAY.plusDays(7), 35));

        assertThat(Trends.average(List.of(a, b), days)).extracting(ScorePoint::score).containsExactly(15.0, 32.5);
    }

    @Test
    void aUnitWithAnExemptIndicatorIsRankedByItsShareOfItsOwnMaximum() {
        UnitScore exempted = new UnitScore(new UnitInfo("510600", "510600名", null, "市州"), DAY, "ogi-2007", "v1", "h",
                85, 90, List.of(), List.of());
        List<UnitScore> scores = List.of(score("510100", "市州", 90), exempted, score("510300", "市州", 95));

        Ranking ranking = Rankings.rank(scores, "市州", DAY, Map.of());

        assertThat(ranking.rows()).extracting(r -> r.unit().code()).containsExactly("510300", "510600", "510100");
    }
}
