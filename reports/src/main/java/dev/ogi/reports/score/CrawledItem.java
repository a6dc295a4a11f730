package dev.ogi.reports.score;

import dev.ogi.reports.campaign.Article19;
import java.util.List;
import java.util.Set;

/** The two items a crawl looks for, so that their twin rules are written once. */
enum CrawledItem {
    GUIDE(Article19.GUIDE_ELEMENTS),
    CATALOGUE(Article19.CATALOGUE_FIELDS);

    private final List<String> article19;

    CrawledItem(List<String> article19) {
        this.article19 = article19;
    }

    /** Every Article 19 code of the item, in order. */
    List<String> article19() {
        return article19;
    }

    CheckSnapshot first(ScoringFacts f) {
        return this == GUIDE ? f.firstGuide : f.firstCatalogue;
    }

    CheckSnapshot latest(ScoringFacts f) {
        return this == GUIDE ? f.latestGuide : f.latestCatalogue;
    }

    boolean found(CheckSnapshot check) {
        return this == GUIDE ? check.guideFound() : check.catalogueFound();
    }

    String url(CheckSnapshot check) {
        return this == GUIDE ? check.guideUrl() : check.catalogueUrl();
    }

    Set<String> codes(CheckSnapshot check) {
        return this == GUIDE ? check.guideElements() : check.catalogueFields();
    }
}
