package dev.ogi.reports.rank;

import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every unit stands on a day: the ranking of each group with each unit's change since the
 * last crawl round before that day, and the groups' average score over the rounds (for the trend
 * charts). Pure: computed from the scores of the day and each unit's totals at every round.
 *
 * @param previousAsOf  the round the rank change is measured against, when there was one
 * @param rankings      per group, in the order given
 * @param groupAverages per group, one point per round day
 * @param overall       the average of every unit, one point per round day
 */
public record Standings(Optional<LocalDate> previousAsOf, Map<String, Ranking> rankings,
        Map<String, List<ScorePoint>> groupAverages, List<ScorePoint> overall) {

    /**
     * @param scores     every unit's score as of {@code asOf}
     * @param days       the crawl round days up to {@code asOf}, in order
     * @param series     each unit's total at each of {@code days}, by unit code
     * @param groupOrder the groups in the order they are shown; groups not named follow
     */
    public static Standings of(List<UnitScore> scores, LocalDate asOf, List<LocalDate> days,
            Map<String, double[]> series, List<String> groupOrder) {
        int previousIndex = -1;
        for (int i = days.size() - 1; i >= 0; i--) {
            if (days.get(i).isBefore(asOf)) {
                previousIndex = i;
                break;
            }
        }
        List<UnitScore> previousScores = new ArrayList<>();
        if (previousIndex >= 0) {
            for (UnitScore score : scores) {
                previousScores.add(new UnitScore(score.unit(), days.get(previousIndex), score.campaignId(),
                        score.weightsVersion(), score.campaignHash(), series.get(score.unit().code())[previousIndex],
                        score.max(), List.of(), List.of()));
            }
        }
        Map<String, Ranking> rankings = new LinkedHashMap<>();
        Map<String, List<ScorePoint>> groupAverages = new LinkedHashMap<>();
        for (String group : groups(scores, groupOrder)) {
            Map<String, Integer> previousRanks = previousIndex >= 0
                    ? Rankings.rank(previousScores, group, days.get(previousIndex), Map.of()).ranksByCode()
                    : Map.of();
            rankings.put(group, Rankings.rank(scores, group, asOf, previousRanks));
            groupAverages.put(group, average(scores.stream().filter(s -> group.equals(s.unit().group())).toList(),
                    series, days));
        }
        Optional<LocalDate> previousAsOf = previousIndex >= 0 ? Optional.of(days.get(previousIndex)) : Optional.empty();
        return new Standings(previousAsOf, rankings, groupAverages, average(scores, series, days));
    }

    /** The groups present, in the order given, then any other in the order met. */
    static List<String> groups(List<UnitScore> scores, List<String> groupOrder) {
        List<String> groups = new ArrayList<>();
        for (String group : groupOrder) {
            if (scores.stream().anyMatch(s -> group.equals(s.unit().group()))) {
                groups.add(group);
            }
        }
        scores.stream().map(s -> s.unit().group()).filter(g -> g != null && !groups.contains(g)).distinct()
                .forEach(groups::add);
        return groups;
    }

    private static List<ScorePoint> average(List<UnitScore> members, Map<String, double[]> series, List<LocalDate> days) {
        List<ScorePoint> points = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            double sum = 0;
            for (UnitScore member : members) {
                sum += series.get(member.unit().code())[i];
            }
            points.add(new ScorePoint(days.get(i), members.isEmpty() ? 0 : Math.round(sum / members.size() * 100) / 100.0));
        }
        return points;
    }
}
