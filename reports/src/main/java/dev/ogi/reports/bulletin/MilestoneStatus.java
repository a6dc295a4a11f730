package dev.ogi.reports.bulletin;

/** Where a unit stands on one milestone as of the bulletin's date (met early counts as on time). */
public enum MilestoneStatus {
    met_on_time,
    met_late,
    not_met,
    pending;

    public boolean isMet() {
        return this == met_on_time || this == met_late;
    }
}
