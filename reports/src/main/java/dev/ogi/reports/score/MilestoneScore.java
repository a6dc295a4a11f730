package dev.ogi.reports.score;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One milestone of one unit as of a day. Its status is the worst of its indicators' statuses
 * (weight-0 indicators count: a tracked milestone such as M6 is met only when declared), and it
 * was met on the latest of their met days.
 *
 * @param milestoneId  M1, M2, ...
 * @param title        e.g. 组织保障
 * @param deadline     empty where the campaign sets no date
 * @param status       worst of its indicators
 * @param metOn        when met: the latest day one of its indicators was met
 * @param daysLate     days late when met late
 * @param points       points earned
 * @param maxPoints    points possible
 * @param missingZh    what is still missing, one short Chinese phrase per unmet indicator
 */
public record MilestoneScore(
        String milestoneId,
        String title,
        Optional<LocalDate> deadline,
        IndicatorStatus status,
        Optional<LocalDate> metOn,
        int daysLate,
        double points,
        double maxPoints,
        List<String> missingZh) {

    public MilestoneScore {
        deadline = deadline == null ? Optional.empty() : deadline;
        metOn = metOn == null ? Optional.empty() : metOn;
        missingZh = missingZh == null ? List.of() : List.copyOf(missingZh);
    }
}
