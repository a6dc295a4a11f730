package dev.ogi.reports.score;

/**
 * Where a unit stands on an indicator or milestone as of a day. Met early counts as
 * {@link #met_on_time}.
 */
public enum IndicatorStatus {
    met_on_time("按时完成"), met_late("逾期完成"), not_met("逾期未完成"), pending("未到期"),
    /** The office marked the indicator not applicable to the unit: it leaves the unit's maximum. */
    exempt("不适用");

    private final String label;

    IndicatorStatus(String label) { this.label = label; }

    /** How a Chinese page names it. */
    public String label() { return label; }

    public boolean isMet() {
        return this == met_on_time || this == met_late;
    }

    /** Higher is worse: used to take a milestone's status from its indicators. */
    int severity() {
        return switch (this) {
            case exempt -> -1; // never holds a milestone back
            case met_on_time -> 0;
            case met_late -> 1;
            case pending -> 2;
            case not_met -> 3;
        };
    }

    /** Counts toward the unit's maximum (everything but {@link #exempt}). */
    public boolean applies() {
        return this != exempt;
    }

    static IndicatorStatus worst(IndicatorStatus a, IndicatorStatus b) {
        return a.severity() >= b.severity() ? a : b;
    }
}
