package dev.ogi.reports.rank;

import dev.ogi.reports.score.UnitInfo;
import java.util.Optional;

/**
 * One line of a group's ranking.
 *
 * @param rank         standard competition rank (1, 2, 2, 4): tied totals share a rank
 * @param unit         the unit
 * @param total        its points
 * @param max          the points possible
 * @param previousRank its rank in the previous ranking, if it was ranked there
 * @param change       places gained since then (positive = up, negative = down), if known
 */
public record RankingRow(
        int rank,
        UnitInfo unit,
        double total,
        double max,
        Optional<Integer> previousRank,
        Optional<Integer> change) {

    public RankingRow {
        previousRank = previousRank == null ? Optional.empty() : previousRank;
        change = change == null ? Optional.empty() : change;
    }
}
