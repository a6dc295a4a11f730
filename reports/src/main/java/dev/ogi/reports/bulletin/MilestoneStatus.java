package dev.ogi.reports.bulletin;

/** Where a unit stands on one milestone as of the bulletin's date (met early counts as on time). */
public enum MilestoneStatus {
    met_on_time,
    met_late,
    not_met,
    pending,
    /** Every indicator of the milestone is marked not applicable to the unit: nothing to criticise. */
    exempt;

    /** Nothing is owed: met, or not applicable. */
    public boolean isMet() {
        return this == met_on_time || this == met_late || this == exempt;
    }
}
