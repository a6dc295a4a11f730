package dev.ogi.reports.score;

import java.util.Optional;

/** The crawled rules without a twin: catalogue entries, site availability, the OGI column. */
final class CrawlRules {

    private CrawlRules() {
    }

    /** {@code catalogue_entries}: entries counted on the latest catalogue / {@code params.target}, capped at 1. */
    static IndicatorScore entries(Judging j) {
        ScoringFacts f = j.facts();
        CheckSnapshot latest = f.latestCatalogue;
        if (latest == null) {
            return j.unmet(ScoreReasons::noCatalogueToCount);
        }
        int target = Math.max(1, (int) Math.round(j.number("target", 50)));
        Integer entries = latest.catalogueEntries();
        double share = entries == null ? 0 : Math.min(1.0, entries / (double) target);
        double points = j.weight() * share;
        return j.quality(f.firstCatalogue, points, ScoreEvidence.crawl(latest.checkId(), latest.catalogueUrl()),
                () -> ScoreReasons.entries(latest.asOf(), Optional.ofNullable(entries), target,
                        j.lateOn(f.firstCatalogue.asOf()), points, j.weight()));
    }

    /** {@code site_availability}: full points at or above {@code params.minimumShare}, proportional below. */
    static IndicatorScore availability(Judging j) {
        ScoringFacts f = j.facts();
        if (f.checks == 0) {
            return j.unmet(ScoreReasons::noChecks);
        }
        double minimum = j.number("minimumShare", 0.95);
        double share = f.reachable / (double) f.checks;
        boolean enough = share >= minimum;
        double points = enough ? j.weight() : j.weight() * (minimum <= 0 ? 1 : share / minimum);
        IndicatorStatus status = enough ? IndicatorStatus.met_on_time : Judging.unmetStatus(j.milestone(), f.asOf);
        String reason = f.explain
                ? ScoreReasons.availability(f.asOf, f.checks, f.reachable, share, minimum, points, j.weight()) : "";
        return j.result(status, points, null, 0, ScoreEvidence.crawl(f.latest.checkId(), null), reason);
    }

    /** {@code ogi_column}: the latest check saw the column; met on the first check that saw one. */
    static IndicatorScore column(Judging j) {
        ScoringFacts f = j.facts();
        if (f.latest == null || !f.latest.ogiColumn()) {
            return j.unmet(() -> f.latest == null ? ScoreReasons.noChecks()
                    : ScoreReasons.columnMissing(f.latest.asOf(), Optional.ofNullable(f.firstColumn).map(CheckSnapshot::asOf)));
        }
        CheckSnapshot first = f.firstColumn;
        return j.met(first.asOf(), ScoreEvidence.crawl(f.latest.checkId(), null),
                (daysLate, points) -> ScoreReasons.column(first.asOf(), f.latest.asOf(), daysLate, points, j.weight()));
    }
}
