package dev.ogi.server.scores;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.rank.Progress;
import dev.ogi.reports.rank.Ranking;
import dev.ogi.reports.rank.ScorePoint;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every score of one campaign as of one day, computed once from one version of the data and
 * then only read: scores, rankings per group (rank change against the previous crawl round),
 * progress, and the per-round series behind the trend charts.
 *
 * @param campaign      the campaign (its weightsVersion and contentHash go into every response)
 * @param asOf          the day judged as of
 * @param dataVersion   the data version it was computed from
 * @param scores        every active unit's score, in unit code order
 * @param byCode        the same by unit code
 * @param previousAsOf  the crawl-round day the rank change is measured against, if any
 * @param rankings      per group label, ranked with the change since {@code previousAsOf}
 * @param progress      the milestone counts
 * @param days          the crawl-round days up to asOf (the series' x axis)
 * @param series        each unit's total on each of {@code days}
 * @param groupAverages each group's mean total on each of {@code days}
 * @param overall       every unit's mean total on each of {@code days}
 * @param encoded       serialized responses, filled on first use (keyed by what they answer)
 */
record ScoreSnapshot(
        Campaign campaign,
        LocalDate asOf,
        String dataVersion,
        List<UnitScore> scores,
        Map<String, UnitScore> byCode,
        Optional<LocalDate> previousAsOf,
        Map<String, Ranking> rankings,
        Progress progress,
        List<LocalDate> days,
        Map<String, double[]> series,
        Map<String, List<ScorePoint>> groupAverages,
        List<ScorePoint> overall,
        ConcurrentHashMap<String, byte[]> encoded) {
}
