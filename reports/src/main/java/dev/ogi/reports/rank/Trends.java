package dev.ogi.reports.rank;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.ScoringEngine;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.reports.score.Points;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Scores over time: one point per crawl round's as-of day; pure. */
public final class Trends {

    private Trends() {
    }

    /** The distinct as-of days of the units' checks up to {@code asOf}, in order. */
    public static List<LocalDate> roundDays(List<UnitFacts> units, LocalDate asOf) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (UnitFacts facts : units) {
            facts.checks().forEach(c -> {
                if (!c.asOf().isAfter(asOf)) {
                    days.add(c.asOf());
                }
            });
        }
        return new ArrayList<>(days);
    }

    /** Each unit's series, keyed by unit code, in the order given. */
    public static Map<String, List<ScorePoint>> perUnit(ScoringEngine engine, Campaign campaign, List<UnitFacts> units,
            List<LocalDate> days) {
        Map<String, List<ScorePoint>> series = new LinkedHashMap<>();
        for (UnitFacts facts : units) {
            double[] totals = engine.totals(campaign, facts, days);
            List<ScorePoint> points = new ArrayList<>(days.size());
            for (int i = 0; i < days.size(); i++) {
                points.add(new ScorePoint(days.get(i), totals[i]));
            }
            series.put(facts.unit().code(), points);
        }
        return series;
    }

    /** The mean of the given series day by day (all series share the same days). */
    public static List<ScorePoint> average(List<List<ScorePoint>> series, List<LocalDate> days) {
        List<ScorePoint> average = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            double sum = 0;
            for (List<ScorePoint> one : series) {
                sum += one.get(i).score();
            }
            average.add(new ScorePoint(days.get(i), series.isEmpty() ? 0 : Points.round2(sum / series.size())));
        }
        return average;
    }
}
