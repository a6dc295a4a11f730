package dev.ogi.reports.rank;

import java.time.LocalDate;
import java.util.List;

/**
 * The overall picture as of a day.
 *
 * @param asOf          the day
 * @param units         units counted
 * @param averageScore  mean total (2 decimals)
 * @param maxScore      points possible
 * @param readiness     average score as a share of the maximum (0..1, 4 decimals)
 * @param milestones    counts per milestone, in campaign order
 */
public record Progress(
        LocalDate asOf,
        int units,
        double averageScore,
        double maxScore,
        double readiness,
        List<MilestoneProgress> milestones) {

    public Progress {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
