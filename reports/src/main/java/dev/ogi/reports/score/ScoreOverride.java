package dev.ogi.reports.score;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A manual correction by the general office of one indicator of one unit (a wrong crawl
 * judgment, say). Overrides are history: a newer one supersedes the older, a revoke is a new
 * row, nothing is deleted.
 *
 * @param id            the override (the evidence reference)
 * @param unitCode      the unit
 * @param indicatorId   the campaign's indicator id
 * @param revoke        true when this row cancels the earlier override (points and status unused)
 * @param points        the points to give; empty to derive them from {@code status}
 * @param status        the status to give; empty to keep the computed status
 * @param reason        why (required)
 * @param author        who made it
 * @param createdAt     when it was made
 * @param effectiveFrom the as-of day from which it applies (the day it was made, as the
 *                      service judged it)
 */
public record ScoreOverride(
        long id,
        String unitCode,
        String indicatorId,
        boolean revoke,
        Optional<Double> points,
        Optional<IndicatorStatus> status,
        String reason,
        String author,
        Instant createdAt,
        LocalDate effectiveFrom) {

    public ScoreOverride {
        points = points == null ? Optional.empty() : points;
        status = status == null ? Optional.empty() : status;
    }
}
