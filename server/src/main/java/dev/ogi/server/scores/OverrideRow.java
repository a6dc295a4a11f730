package dev.ogi.server.scores;

import dev.ogi.reports.score.IndicatorStatus;
import dev.ogi.reports.score.ScoreOverride;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One row of {@code score_overrides}, as stored and as the API lists it. */
public record OverrideRow(
        long id,
        String campaignId,
        String unitCode,
        String indicatorId,
        String action,
        Double points,
        String status,
        String reason,
        String author,
        String createdAt,
        String effectiveFrom) {

    public static final String SET = "set";
    public static final String REVOKE = "revoke";

    public ScoreOverride toOverride() {
        return new ScoreOverride(id, unitCode, indicatorId, REVOKE.equals(action), Optional.ofNullable(points),
                Optional.ofNullable(status).map(IndicatorStatus::valueOf), reason, author, Instant.parse(createdAt),
                LocalDate.parse(effectiveFrom));
    }
}
