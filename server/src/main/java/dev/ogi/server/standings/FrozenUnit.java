package dev.ogi.server.standings;

import dev.ogi.reports.rank.RankingRow;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.UnitScore;
import java.util.List;

/**
 * One unit in a frozen standing: its total, rank in its group, the milestone's status and every
 * indicator with the evidence it rested on, exactly as they were when frozen.
 */
public record FrozenUnit(String code, String name, String group, double total, double max, Integer rank,
        String milestoneStatus, List<FrozenIndicator> indicators) {

    /** One indicator as judged then: status, points and what the judgment rested on. */
    public record FrozenIndicator(String id, String status, double points, double maxPoints, String evidenceKind,
            String evidenceUrl, String evidenceRef, String reason) {

        static FrozenIndicator of(IndicatorScore score) {
            return new FrozenIndicator(score.indicatorId(), score.status().name(), score.points(), score.maxPoints(),
                    score.evidence().kind().name(), score.evidence().url().orElse(null),
                    score.evidence().reference().orElse(null),
                    score.reasonZh());
        }
    }

    static FrozenUnit of(UnitScore score, RankingRow row, String milestoneId) {
        return of(score, row, milestoneId, false);
    }

    /**
     * @param deadlineEnded judged as of the milestone's last day, now over: what is still pending
     *                      on that day was not met by the deadline
     */
    static FrozenUnit of(UnitScore score, RankingRow row, String milestoneId, boolean deadlineEnded) {
        String status = milestoneId == null ? null
                : score.milestone(milestoneId).map(m -> ended(m.status().name(), deadlineEnded)).orElse(null);
        return new FrozenUnit(score.unit().code(), score.unit().name(), score.unit().group(), score.total(), score.max(),
                row == null ? null : row.rank(), status,
                score.indicators().stream()
                        .filter(i -> milestoneId == null || i.milestoneId().equals(milestoneId))
                        .map(FrozenIndicator::of)
                        .map(i -> deadlineEnded ? new FrozenIndicator(i.id(), ended(i.status(), true), i.points(),
                                i.maxPoints(), i.evidenceKind(), i.evidenceUrl(), i.evidenceRef(), i.reason()) : i)
                        .toList());
    }

    private static String ended(String status, boolean deadlineEnded) {
        return deadlineEnded && "pending".equals(status) ? "not_met" : status;
    }
}
