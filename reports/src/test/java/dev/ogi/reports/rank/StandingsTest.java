package dev.ogi.reports.rank;

import static dev.ogi.reports.rank.UnitScores.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.score.UnitInfo;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandingsTest {

    private static final LocalDate FIRST = LocalDate.of(2007, 10, 20);
    private static final LocalDate SECOND = UnitScores.DAY;

    @Test
    void ranksChangeAgainstTheRoundBeforeTheDayAndAveragesFollowTheGroups() {
        List<UnitScore> scores = List.of(score("a", "市州", 80), score("b", "市州", 60), score("d", "省直部门", 50),
                score("x", "其他", 10));
        Map<String, double[]> series = Map.of("a", new double[] {40, 80}, "b", new double[] {70, 60},
                "d", new double[] {50, 50}, "x", new double[] {0, 10});

        Standings standings = Standings.of(scores, SECOND, List.of(FIRST, SECOND), series, List.of("省直部门", "市州"));

        assertThat(standings.previousAsOf()).contains(FIRST);
        assertThat(standings.rankings().keySet()).containsExactly("省直部门", "市州", "其他");
        Ranking cities = standings.rankings().get("市州");
        assertThat(cities.rows()).extracting(r -> r.unit().code()).containsExactly("a", "b");
        assertThat(cities.rows()).extracting(r -> r.previousRank().orElse(null)).containsExactly(2, 1);
        assertThat(standings.groupAverages().get("市州")).extracting(ScorePoint::score).containsExactly(55.0, 70.0);
        assertThat(standings.overall()).extracting(ScorePoint::score).containsExactly(40.0, 50.0);
    }

    @Test
    void theFirstRoundHasNothingToCompareWith() {
        Standings standings = Standings.of(List.of(score("a", "市州", 80)), FIRST, List.of(FIRST),
                Map.of("a", new double[] {80}), List.of("市州"));

        assertThat(standings.previousAsOf()).isEmpty();
        assertThat(standings.rankings().get("市州").rows().get(0).previousRank()).isEmpty();
    }
}
