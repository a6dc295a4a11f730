package dev.ogi.reports.bulletin;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A campaign milestone as the bulletin names it.
 *
 * @param id          M1, M2, ...
 * @param title       e.g. 组织保障
 * @param requirement the campaign's wording of what must be done
 * @param deadline    the last day (inclusive); empty where the campaign sets no calendar date
 */
public record MilestoneInfo(String id, String title, String requirement, Optional<LocalDate> deadline) {

    public MilestoneInfo {
        deadline = deadline == null ? Optional.empty() : deadline;
    }

    /** Due as of the day: its deadline has passed (on the deadline day itself it is not yet due). */
    public boolean isDueBy(LocalDate asOf) {
        return deadline.map(d -> d.isBefore(asOf)).orElse(false);
    }
}
