package dev.ogi.reports.rank;

import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ranks scored units within a group; pure. */
public final class Rankings {

    /**
     * Best share of the unit's own maximum first (the same as best total while no indicator is
     * exempted); ties by unit code, for a stable display.
     */
    public static final Comparator<UnitScore> ORDER = Comparator.comparingDouble(Rankings::share).reversed()
            .thenComparing(s -> s.unit().code());

    /** Total as a share of the unit's own maximum (exempted indicators leave it). */
    public static double share(UnitScore score) {
        return score.max() > 0 ? score.total() / score.max() : 0;
    }

    private Rankings() {
    }

    /**
     * The ranking of the units of {@code group} (every unit when group is null), best first,
     * with standard competition ranks (1, 2, 2, 4) and tied rows ordered by unit code.
     *
     * @param previousRanks each unit code's rank in the previous ranking (the last bulletin's,
     *                      say); an empty map when there was none
     */
    public static Ranking rank(List<UnitScore> scores, String group, LocalDate asOf, Map<String, Integer> previousRanks) {
        List<UnitScore> members = new ArrayList<>();
        for (UnitScore score : scores) {
            if (group == null || group.equals(score.unit().group())) {
                members.add(score);
            }
        }
        members.sort(ORDER);
        List<RankingRow> rows = new ArrayList<>(members.size());
        int rank = 0;
        double lastShare = Double.NaN;
        for (int i = 0; i < members.size(); i++) {
            UnitScore score = members.get(i);
            // totals are kept at 2 decimals, so a difference below 1e-5 of a share is a tie
            if (i == 0 || Math.abs(share(score) - lastShare) > 1e-5) {
                rank = i + 1;
                lastShare = share(score);
            }
            Optional<Integer> previous = Optional.ofNullable(previousRanks.get(score.unit().code()));
            int current = rank;
            rows.add(new RankingRow(rank, score.unit(), score.total(), score.max(), previous,
                    previous.map(before -> before - current)));
        }
        return new Ranking(group, asOf, rows);
    }

    public static Ranking rank(List<UnitScore> scores, String group, LocalDate asOf, Optional<Ranking> previous) {
        return rank(scores, group, asOf, previous.map(Ranking::ranksByCode).orElse(Map.of()));
    }
}
