package dev.ogi.reports.score;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Indicator;
import dev.ogi.reports.campaign.Milestone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores units against a campaign's deadlines and weights. Pure: no I/O, no clock; the same
 * facts and day always give the same score. Each indicator is judged by its {@link Rule}; the
 * reasons are worded by {@link ScoreReasons}.
 *
 * <p>Met after the deadline earns {@link Campaign#lateShare()} of the points. Not met after the
 * deadline is {@code not_met} (0); not met before it is {@code pending} (0). An override in force
 * replaces one indicator's status and points and keeps the computed ones beside them.
 */
public final class ScoringEngine {

    private static final Comparator<CheckSnapshot> CHECK_ORDER =
            Comparator.comparing(CheckSnapshot::asOf).thenComparingLong(CheckSnapshot::checkId);

    public UnitScore score(Campaign campaign, UnitInfo unit, List<CheckSnapshot> history,
            List<DeclarationFact> declarations, List<ScoreOverride> overrides, LocalDate asOf) {
        return score(campaign, new UnitFacts(unit, history, declarations, overrides), asOf);
    }

    public UnitScore score(Campaign campaign, UnitFacts facts, LocalDate asOf) {
        List<CheckSnapshot> sorted = new ArrayList<>(facts.checks());
        sorted.sort(CHECK_ORDER);
        return score(campaign, facts, sorted, upTo(sorted, asOf), asOf);
    }

    /** Every unit's score as of the day, in the order given. */
    public List<UnitScore> scoreAll(Campaign campaign, List<UnitFacts> units, LocalDate asOf) {
        List<UnitScore> scores = new ArrayList<>(units.size());
        for (UnitFacts facts : units) {
            scores.add(score(campaign, facts, asOf));
        }
        return scores;
    }

    /**
     * A unit's total on each of the days (one per crawl round, say), cheaper than full scores:
     * no reasons are worded.
     */
    public double[] totals(Campaign campaign, UnitFacts facts, List<LocalDate> days) {
        List<CheckSnapshot> sorted = new ArrayList<>(facts.checks());
        sorted.sort(CHECK_ORDER);
        double[] totals = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            ScoringFacts f = new ScoringFacts(sorted, upTo(sorted, day), facts.declarations(), facts.website(), day, false);
            double total = 0;
            for (Milestone milestone : campaign.milestones()) {
                for (Indicator indicator : milestone.indicators()) {
                    total += scoreOne(campaign, milestone, indicator, f, facts, day, false).points();
                }
            }
            totals[i] = Points.round2(total);
        }
        return totals;
    }

    private UnitScore score(Campaign campaign, UnitFacts unit, List<CheckSnapshot> sorted, int count, LocalDate asOf) {
        ScoringFacts facts = new ScoringFacts(sorted, count, unit.declarations(), unit.website(), asOf, true);
        List<IndicatorScore> indicators = new ArrayList<>();
        List<MilestoneScore> milestones = new ArrayList<>();
        double total = 0;
        double max = 0;
        for (Milestone milestone : campaign.milestones()) {
            List<IndicatorScore> own = new ArrayList<>(milestone.indicators().size());
            for (Indicator indicator : milestone.indicators()) {
                IndicatorScore score = scoreOne(campaign, milestone, indicator, facts, unit, asOf, true);
                own.add(score);
                total += score.points();
                max += score.maxPoints();
            }
            indicators.addAll(own);
            milestones.add(milestoneOf(milestone, own, asOf));
        }
        return new UnitScore(unit.unit(), asOf, campaign.id(), campaign.weightsVersion(), campaign.contentHash(),
                Points.round2(total), Points.round2(max), indicators, milestones);
    }

    /** One indicator: not applicable when the office exempted it, else judged and then any override applied. */
    private IndicatorScore scoreOne(Campaign campaign, Milestone milestone, Indicator indicator, ScoringFacts f,
            UnitFacts unit, LocalDate asOf, boolean explain) {
        for (ScoreExemption exemption : unit.exemptions()) {
            if (exemption.indicatorId().equals(indicator.id())) {
                return exempted(milestone, indicator, exemption, explain);
            }
        }
        return applyOverride(campaign, milestone, indicator, judge(campaign, milestone, indicator, f),
                unit.overrides(), asOf, explain);
    }

    private static IndicatorScore exempted(Milestone milestone, Indicator indicator, ScoreExemption exemption,
            boolean explain) {
        return new IndicatorScore(indicator.id(), milestone.id(), indicator.title(), indicator.rule(),
                IndicatorStatus.exempt, 0, 0, Optional.ofNullable(milestone.deadline()), Optional.empty(), 0,
                ScoreEvidence.none(), explain ? ScoreReasons.exempted(exemption) : "", IndicatorStatus.exempt, 0,
                Optional.empty());
    }

    /** How many of the sorted checks judged as of a day on or before {@code asOf}. */
    private static int upTo(List<CheckSnapshot> sorted, LocalDate asOf) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).asOf().isAfter(asOf)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static IndicatorScore judge(Campaign campaign, Milestone milestone, Indicator indicator, ScoringFacts f) {
        Judging judging = new Judging(campaign, milestone, indicator, f);
        return Rule.named(indicator.rule()).map(rule -> rule.judge(judging))
                // the loader refuses unknown rules; a campaign built in code may still name one
                .orElseGet(() -> judging.result(Judging.unmetStatus(milestone, f.asOf), 0, null, 0,
                        ScoreEvidence.none(), f.explain ? ScoreReasons.unknownRule(indicator.rule()) : ""));
    }

    // --- overrides and milestones ----------------------------------------------------------

    private IndicatorScore applyOverride(Campaign campaign, Milestone milestone, Indicator indicator,
            IndicatorScore computed, List<ScoreOverride> overrides, LocalDate asOf, boolean explain) {
        ScoreOverride latest = null;
        for (ScoreOverride o : overrides) {
            if (!o.indicatorId().equals(indicator.id()) || o.effectiveFrom().isAfter(asOf)) {
                continue;
            }
            if (latest == null || o.createdAt().isAfter(latest.createdAt())
                    || (o.createdAt().equals(latest.createdAt()) && o.id() > latest.id())) {
                latest = o;
            }
        }
        if (latest == null || latest.revoke()) {
            return computed;
        }
        IndicatorStatus status = latest.status().orElse(computed.status());
        double points = latest.points().orElseGet(() -> switch (status) {
            case met_on_time -> indicator.weight();
            case met_late -> indicator.weight() * campaign.lateShare();
            case not_met, pending, exempt -> 0.0;
        });
        points = Math.max(0, Math.min(indicator.weight(), points));
        String reason = explain
                ? ScoreReasons.overridden(latest, status, points, indicator.weight(), computed.reasonZh()) : "";
        return new IndicatorScore(indicator.id(), milestone.id(), indicator.title(), indicator.rule(), status,
                Points.round2(points), indicator.weight(), computed.deadline(), computed.metOn(), computed.daysLate(),
                ScoreEvidence.override(latest.id()), reason, computed.status(), computed.points(),
                Optional.of(latest.id()));
    }

    private static MilestoneScore milestoneOf(Milestone milestone, List<IndicatorScore> indicators, LocalDate asOf) {
        IndicatorStatus status = null;
        LocalDate metOn = null;
        double points = 0;
        double max = 0;
        List<String> missing = new ArrayList<>();
        for (IndicatorScore indicator : indicators) {
            status = status == null ? indicator.status() : IndicatorStatus.worst(status, indicator.status());
            if (indicator.metOn().isPresent() && (metOn == null || indicator.metOn().get().isAfter(metOn))) {
                metOn = indicator.metOn().get();
            }
            if (!indicator.status().isMet() && indicator.status().applies()) {
                missing.add(indicator.title());
            }
            points += indicator.points();
            max += indicator.maxPoints();
        }
        if (status == null) {
            status = Judging.unmetStatus(milestone, asOf);
        }
        if (!status.isMet()) {
            metOn = null;
        }
        int daysLate = status == IndicatorStatus.met_late && metOn != null ? Judging.daysLate(milestone, metOn) : 0;
        return new MilestoneScore(milestone.id(), milestone.title(), Optional.ofNullable(milestone.deadline()), status,
                Optional.ofNullable(metOn), daysLate, Points.round2(points), Points.round2(max), missing);
    }
}
