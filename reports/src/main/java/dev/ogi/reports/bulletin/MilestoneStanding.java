package dev.ogi.reports.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One unit's standing on one milestone.
 *
 * @param milestoneId the campaign's milestone id (M1, M2, ...)
 * @param status      met on time, met late, not met (overdue) or pending (not yet due)
 * @param metOn       the day it was met, when met
 * @param gaps        what is still missing (empty when met)
 */
public record MilestoneStanding(String milestoneId, MilestoneStatus status, Optional<LocalDate> metOn, List<Gap> gaps) {

    public MilestoneStanding {
        metOn = metOn == null ? Optional.empty() : metOn;
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
