package dev.ogi.reports.score;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Indicator;
import dev.ogi.reports.campaign.Milestone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One indicator being judged: what the rules share (deadline arithmetic, the late cut, the
 * result record). Reasons are passed as suppliers so the per-round totals never word them.
 */
record Judging(Campaign campaign, Milestone milestone, Indicator indicator, ScoringFacts facts) {

    /** Words a met indicator's reason from its lateness and the points it earned. */
    interface MetReason {
        String word(int daysLate, double points);
    }

    LocalDate asOf() {
        return facts.asOf;
    }

    double weight() {
        return indicator.weight();
    }

    /** Met on a day: full points by the deadline, the campaign's late share after it. */
    IndicatorScore met(LocalDate metOn, ScoreEvidence evidence, MetReason reason) {
        int daysLate = daysLate(milestone, metOn);
        double points = daysLate > 0 ? weight() * campaign.lateShare() : weight();
        return result(metStatus(daysLate), points, metOn, daysLate, evidence,
                facts.explain ? reason.word(daysLate, points) : "");
    }

    /** A quality indicator takes its item's status, met day and lateness, but not its late cut. */
    IndicatorScore quality(CheckSnapshot firstSeen, double points, ScoreEvidence evidence, Supplier<String> reason) {
        int daysLate = daysLate(milestone, firstSeen.asOf());
        return result(metStatus(daysLate), points, firstSeen.asOf(), daysLate, evidence,
                facts.explain ? reason.get() : "");
    }

    /** Not met (yet): 0 points, pending until the deadline and not met after it. */
    IndicatorScore unmet(Supplier<String> what) {
        IndicatorStatus status = unmetStatus(milestone, asOf());
        String reason = facts.explain ? ScoreReasons.unmet(what.get(), status, milestone.deadline(), asOf()) : "";
        return result(status, 0, null, 0, ScoreEvidence.none(), reason);
    }

    IndicatorScore result(IndicatorStatus status, double points, LocalDate metOn, int daysLate, ScoreEvidence evidence,
            String reason) {
        double rounded = Points.round2(points);
        return new IndicatorScore(indicator.id(), milestone.id(), indicator.title(), indicator.rule(), status, rounded,
                indicator.weight(), Optional.ofNullable(milestone.deadline()), Optional.ofNullable(metOn), daysLate,
                evidence, reason, status, rounded, Optional.empty());
    }

    boolean lateOn(LocalDate day) {
        return daysLate(milestone, day) > 0;
    }

    String param(String name, String fallback) {
        Object value = indicator.params().get(name);
        return value == null ? fallback : value.toString();
    }

    double number(String name, double fallback) {
        Object value = indicator.params().get(name);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value != null) {
            try {
                return Double.parseDouble(value.toString());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    static IndicatorStatus metStatus(int daysLate) {
        return daysLate > 0 ? IndicatorStatus.met_late : IndicatorStatus.met_on_time;
    }

    static IndicatorStatus unmetStatus(Milestone milestone, LocalDate asOf) {
        return milestone.deadline() != null && asOf.isAfter(milestone.deadline())
                ? IndicatorStatus.not_met : IndicatorStatus.pending;
    }

    static int daysLate(Milestone milestone, LocalDate metOn) {
        if (milestone.deadline() == null || !metOn.isAfter(milestone.deadline())) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(milestone.deadline(), metOn);
    }
}
