package dev.ogi.reports.score;

import dev.ogi.reports.campaign.Article19;
import java.util.List;
import java.util.Set;

/**
 * {@code guide_elements}, {@code catalogue_fields}: the share of the Article 19 codes the
 * indicator lists ({@code params.items}, every code of the item by default) that the latest
 * check which found the item saw.
 */
final class CoverageRule {

    private CoverageRule() {
    }

    static IndicatorScore judge(Judging j, CrawledItem item) {
        ScoringFacts f = j.facts();
        CheckSnapshot latest = item.latest(f);
        if (latest == null) {
            return j.unmet(() -> ScoreReasons.nothingToMeasure(item));
        }
        List<String> listed = items(j, item);
        Set<String> seen = item.codes(latest);
        List<String> missing = listed.stream().filter(code -> !seen.contains(code)).toList();
        int present = listed.size() - missing.size();
        double points = listed.isEmpty() ? 0 : j.weight() * present / listed.size();
        CheckSnapshot first = item.first(f);
        return j.quality(first, points, ScoreEvidence.crawl(latest.checkId(), item.url(latest)),
                () -> ScoreReasons.coverage(item, latest.asOf(), listed.size(), present,
                        missing.stream().map(Article19::label).toList(), j.lateOn(first.asOf()), points, j.weight()));
    }

    /** The codes the campaign lists for the indicator; the loader has checked they are Article 19's. */
    static List<String> items(Judging j, CrawledItem item) {
        Object listed = j.indicator().params().get("items");
        return listed instanceof List<?> codes ? codes.stream().map(String::valueOf).toList() : item.article19();
    }
}
