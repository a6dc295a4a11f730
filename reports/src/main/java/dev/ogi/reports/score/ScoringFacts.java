package dev.ogi.reports.score;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a unit's history says as of a day, gathered in one pass over its sorted checks. */
final class ScoringFacts {
    final LocalDate asOf;
    final boolean explain;
    final int checks;
    int reachable;
    CheckSnapshot latest;
    CheckSnapshot firstGuide;
    CheckSnapshot latestGuide;
    CheckSnapshot firstCatalogue;
    CheckSnapshot latestCatalogue;
    CheckSnapshot firstColumn;
    final Map<String, DeclarationFact> approvedByType = new HashMap<>();
    private final WebsiteHistory websiteHistory;
    private WebsiteFacts website;

    /**
     * @param count   how many of the sorted checks are on or before {@code asOf}
     * @param explain whether reasons are worded (not for the per-round totals)
     */
    ScoringFacts(List<CheckSnapshot> sorted, int count, List<DeclarationFact> declarations, LocalDate asOf,
            boolean explain) {
        this(sorted, count, declarations, WebsiteHistory.none(), asOf, explain);
    }

    ScoringFacts(List<CheckSnapshot> sorted, int count, List<DeclarationFact> declarations, WebsiteHistory website,
            LocalDate asOf, boolean explain) {
        this.websiteHistory = website;
        this.asOf = asOf;
        this.explain = explain;
        this.checks = count;
        for (int i = 0; i < count; i++) {
            CheckSnapshot check = sorted.get(i);
            latest = check;
            if (check.reachable()) {
                reachable++;
            }
            if (check.guideFound()) {
                if (firstGuide == null) {
                    firstGuide = check;
                }
                latestGuide = check;
            }
            if (check.catalogueFound()) {
                if (firstCatalogue == null) {
                    firstCatalogue = check;
                }
                latestCatalogue = check;
            }
            if (check.ogiColumn() && firstColumn == null) {
                firstColumn = check;
            }
        }
        for (DeclarationFact fact : declarations) {
            if (fact.approvedOn() == null || fact.approvedOn().isAfter(asOf)) {
                continue;
            }
            // the earliest approved version decides when the milestone was met
            approvedByType.merge(fact.typeId(), fact, (a, b) -> a.version() <= b.version() ? a : b);
        }
    }

    /** The website facts as of the day, read when a website rule first asks. */
    WebsiteFacts website() {
        if (website == null) {
            website = websiteHistory.asOf(asOf);
        }
        return website;
    }
}
