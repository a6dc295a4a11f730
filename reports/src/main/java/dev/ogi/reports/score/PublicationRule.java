package dev.ogi.reports.score;

import java.util.Optional;

/** {@code guide_published}, {@code catalogue_published}: met on the first check that found the item. */
final class PublicationRule {

    private PublicationRule() {
    }

    static IndicatorScore judge(Judging j, CrawledItem item) {
        ScoringFacts f = j.facts();
        CheckSnapshot first = item.first(f);
        if (first == null) {
            return j.unmet(() -> ScoreReasons.notSeen(item));
        }
        // a later outage does not un-meet it, but the office should know
        Optional<CheckSnapshot> missingNow = Optional.ofNullable(f.latest).filter(latest -> !item.found(latest));
        return j.met(first.asOf(), ScoreEvidence.crawl(first.checkId(), item.url(first)),
                (daysLate, points) -> ScoreReasons.published(item, first.asOf(), daysLate, points, j.weight(),
                        missingNow.map(CheckSnapshot::asOf)));
    }
}
