package dev.ogi.reports.rank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ranking of one group as of a day; rows best first, tied rows by unit code.
 *
 * @param group the group as stored (市州, 省直部门, 县(市、区))
 * @param asOf  the day judged as of
 * @param rows  best first
 */
public record Ranking(String group, LocalDate asOf, List<RankingRow> rows) {

    public Ranking {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** Each unit code's rank, to pass as the "previous" ranking next time. */
    public Map<String, Integer> ranksByCode() {
        return rows.stream().collect(Collectors.toMap(r -> r.unit().code(), RankingRow::rank));
    }

    public Optional<RankingRow> row(String unitCode) {
        return rows.stream().filter(r -> r.unit().code().equals(unitCode)).findFirst();
    }
}
