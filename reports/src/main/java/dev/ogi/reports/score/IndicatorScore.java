package dev.ogi.reports.score;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One indicator of one unit, scored as of a day, with everything needed to explain it.
 *
 * @param indicatorId    the campaign's indicator id
 * @param milestoneId    its milestone
 * @param title          what it measures
 * @param rule           the scoring rule
 * @param status         met on time, met late, not met (overdue) or pending (not yet due)
 * @param points         the points earned (after any override), rounded to 2 decimals
 * @param maxPoints      the indicator's weight
 * @param deadline       its milestone's deadline, empty where the campaign sets no date
 * @param metOn          the day it was met, when met
 * @param daysLate       days after the deadline it was met (0 when on time or not met)
 * @param evidence       what the score rests on
 * @param reasonZh       one line in Chinese saying why
 * @param computedStatus what the engine judged before any override
 * @param computedPoints the points the engine computed before any override
 * @param overrideId     the override in force, if any
 */
public record IndicatorScore(
        String indicatorId,
        String milestoneId,
        String title,
        String rule,
        IndicatorStatus status,
        double points,
        double maxPoints,
        Optional<LocalDate> deadline,
        Optional<LocalDate> metOn,
        int daysLate,
        ScoreEvidence evidence,
        String reasonZh,
        IndicatorStatus computedStatus,
        double computedPoints,
        Optional<Long> overrideId) {

    public IndicatorScore {
        deadline = deadline == null ? Optional.empty() : deadline;
        metOn = metOn == null ? Optional.empty() : metOn;
        overrideId = overrideId == null ? Optional.empty() : overrideId;
    }

    /** A veto item (单项否决) the unit has: its reason names the item and the evidence. */
    public boolean veto() {
        return reasonZh.startsWith(WebsiteRules.VETO);
    }

    public boolean overridden() {
        return overrideId.isPresent();
    }
}
