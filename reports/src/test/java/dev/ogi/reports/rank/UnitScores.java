package dev.ogi.reports.rank;

import dev.ogi.reports.score.UnitInfo;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.List;

/** Unit scores for the ranking tests: one unit of a group with a total out of 100 on {@link #DAY}. */
final class UnitScores {

    static final LocalDate DAY = LocalDate.of(2007, 11, 5);

    private UnitScores() {
    }

    /** Unit {@code code} (named "{code}名") of {@code group}, scoring {@code total} of 100 on {@link #DAY}. */
    static UnitScore score(String code, String group, double total) {
        return new UnitScore(new UnitInfo(code, code + "名", null, group), DAY, "ogi-2007", "v1", "h", total, 100,
                List.of(), List.of());
    }
}
