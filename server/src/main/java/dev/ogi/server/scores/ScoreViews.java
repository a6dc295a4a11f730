package dev.ogi.server.scores;

import dev.ogi.reports.rank.MilestoneProgress;
import dev.ogi.reports.rank.ScorePoint;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.MilestoneScore;
import java.time.LocalDate;
import java.util.List;

/** The JSON the score, ranking and progress endpoints answer with. Every response says its asOf. */
public final class ScoreViews {

    private ScoreViews() {
    }

    /** Which campaign file and weights a response was computed with. */
    public record Basis(String campaignId, String weightsVersion, String campaignHash, double maxPoints) {
    }

    public record UnitSummary(String code, String name, String shortName, String group, double total, double max,
            Integer rank, List<MilestoneScore> milestones) {
    }

    public record ScoresResponse(LocalDate asOf, Basis basis, List<UnitSummary> units) {
    }

    /** @param vetoes the indicators the unit fails as a veto item (单项否决), by id */
    public record UnitScoreResponse(LocalDate asOf, Basis basis, String code, String name, String shortName,
            String group, double total, double max, Integer rank, int groupSize, List<MilestoneScore> milestones,
            List<IndicatorScore> indicators, List<String> vetoes) {
    }

    /**
     * @param change places gained since {@code previousAsOf} (null when not ranked then)
     * @param series the unit's total on each of the response's {@code days} (the sparkline)
     * @param vetoes the indicators the unit fails as a veto item (单项否决), by id; empty for most campaigns
     */
    public record RankRow(int rank, Integer change, Integer previousRank, String code, String name, String shortName,
            double total, double max, double[] series, List<String> vetoes) {
    }

    public record GroupRanking(String group, int units, double[] average, List<RankRow> rows) {
    }

    /**
     * @param previousAsOf the day the rank change is measured against (the previous crawl round,
     *                     or the {@code since} parameter)
     * @param days         the crawl-round days the sparklines show (at most {@code ?points=}, default
     *                     30, evenly spread over the rounds and always ending with the latest)
     * @param rounds       how many crawl rounds there were up to asOf
     */
    public record RankingsResponse(LocalDate asOf, LocalDate previousAsOf, Basis basis, List<LocalDate> days,
            int rounds, List<GroupRanking> rankings) {
    }

    public record ReadinessPoint(LocalDate asOf, double averageScore, double readiness) {
    }

    public record ProgressResponse(LocalDate asOf, Basis basis, int units, double averageScore, double maxScore,
            double readiness, List<MilestoneProgress> milestones, List<ReadinessPoint> overTime) {
    }

    public record UnitHistoryResponse(LocalDate asOf, Basis basis, String code, String name, String group,
            List<ScorePoint> points, List<ScorePoint> groupAverage) {
    }
}
