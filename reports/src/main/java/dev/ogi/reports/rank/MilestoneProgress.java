package dev.ogi.reports.rank;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How many units stand where on one milestone as of a day.
 *
 * @param milestoneId M1, M2, ...
 * @param title       e.g. 组织保障
 * @param deadline    empty where the campaign sets no date
 * @param units       units counted
 * @param onTime      met on time (or early)
 * @param late        met after the deadline
 * @param notMet      overdue and not met
 * @param pending     not met, not yet due
 */
public record MilestoneProgress(
        String milestoneId,
        String title,
        Optional<LocalDate> deadline,
        int units,
        int onTime,
        int late,
        int notMet,
        int pending) {

    public MilestoneProgress {
        deadline = deadline == null ? Optional.empty() : deadline;
    }

    public int met() {
        return onTime + late;
    }
}
