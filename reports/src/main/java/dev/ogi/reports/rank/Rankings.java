package dev.ogi.reports.rank;

import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Ranks scored units within a group; pure. */
public final class Rankings {

    private Rankings() {
    }

    /**
     * The ranking of the units of {@code group} (all units when group is null), best first,
     * with standard competition ranks (1, 2, 2, 4) and tied rows ordered by unit code.
     *
     * @param previousRanks each unit code's rank in the previous ranking (e.g. the last
     *                      bulletin's); empty map when there was none
     */
    public static Ranking rank(List<UnitScore> scores, String group, LocalDate asOf, Map<String, Integer> previousRanks) {
        throw new UnsupportedOperationException("being written");
    }
}
