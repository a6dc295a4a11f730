package dev.ogi.reports.score;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit's score as of a day under one campaign's weights.
 *
 * @param unit           the unit
 * @param asOf           the day judged as of
 * @param campaignId     the campaign
 * @param weightsVersion the campaign's weightsVersion the score used
 * @param campaignHash   the SHA-256 of the campaign file the score used
 * @param total          points earned, rounded to 2 decimals
 * @param max            points possible
 * @param indicators     every indicator, in campaign order
 * @param milestones     every milestone, in campaign order
 */
public record UnitScore(
        UnitInfo unit,
        LocalDate asOf,
        String campaignId,
        String weightsVersion,
        String campaignHash,
        double total,
        double max,
        List<IndicatorScore> indicators,
        List<MilestoneScore> milestones) {

    public UnitScore {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public Optional<IndicatorScore> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst();
    }

    /** The veto items (单项否决) the unit has as of the day scored, for the page, rankings and bulletins. */
    public List<IndicatorScore> vetoes() {
        return indicators.stream().filter(IndicatorScore::veto).toList();
    }

    public Optional<MilestoneScore> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId().equals(milestoneId)).findFirst();
    }
}
