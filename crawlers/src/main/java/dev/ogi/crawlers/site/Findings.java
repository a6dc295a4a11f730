package dev.ogi.crawlers.site;

import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.judge.Texts;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.Evidence;
import dev.ogi.crawlers.model.GuideFinding;

import java.util.Optional;
import java.util.Set;

/**
 * The best guide and catalogue found so far on one site, and, while none is found, the most
 * telling evidence of why not (a guide note of higher rank replaces one of lower rank).
 */
final class Findings {

    /** No catalogue yet; placeholders rank 0, trees 1, lists 2, tables 3. */
    static final int NO_CATALOGUE = -1;

    private int guideScore;
    private GuideFinding guide;
    private GuideFinding guidePlaceholder;
    private Evidence guideNote;
    private int guideNoteRank;
    private int catalogueRank = NO_CATALOGUE;
    private CatalogueFinding catalogue;
    private Evidence catalogueNote;

    boolean bothFound() {
        return guide != null && catalogue != null;
    }

    /** Keeps the guide if none is known or it scores higher than the one known. */
    void offerGuide(int score, GuideFinding finding) {
        if (guide == null || score > guideScore) {
            guide = finding;
            guideScore = score;
        }
    }

    /** A column that will hold the guide (建设中); kept only while no guide is found, first one wins. */
    boolean hasGuidePlaceholder() {
        return guidePlaceholder != null;
    }

    void guidePlaceholder(GuideFinding finding) {
        guidePlaceholder = finding;
    }

    /** Why no guide counts: kept if it outranks the note known (1 failure, 2 soft 404, 3 news, 4 another unit's). */
    void noteGuide(Evidence e, int rank) {
        if (guideNote == null || rank > guideNoteRank) {
            guideNote = e;
            guideNoteRank = rank;
        }
    }

    /** Why no catalogue counts: the first note is kept. */
    void noteCatalogue(Evidence e) {
        if (catalogueNote == null) {
            catalogueNote = e;
        }
    }

    int catalogueRank() {
        return catalogueRank;
    }

    /** Whether a counted catalogue of this rank and size would replace the one known. */
    boolean catalogueWouldImprove(int rank, int entries) {
        if (catalogue == null) {
            return true;
        }
        return !(catalogueRank > rank || (catalogueRank == rank && catalogue.entries() != null
                && catalogue.entries() >= entries));
    }

    void catalogue(int rank, CatalogueFinding finding) {
        catalogueRank = rank;
        catalogue = finding;
    }

    GuideFinding guideFinding() {
        if (guide != null) {
            return guide;
        }
        if (guidePlaceholder != null) {
            return guidePlaceholder;
        }
        return new GuideFinding(false, null, false, Set.of(), Optional.ofNullable(guideNote));
    }

    CatalogueFinding catalogueFinding() {
        if (catalogue != null) {
            return catalogue;
        }
        return new CatalogueFinding(false, null, false, null, Set.of(), Optional.ofNullable(catalogueNote));
    }

    /** Evidence of a page: address, status, time, hash, title (or first heading) and an excerpt around the anchor. */
    static Evidence evidence(ParsedPage page, String reason, int anchor) {
        String title = page.title().isBlank() && !page.headings().isEmpty() ? page.headings().get(0) : page.title();
        return new Evidence(page.url().toString(), page.status(), page.fetchedAt(), page.contentHash(), title,
                Texts.excerpt(page.text(), anchor, 200), reason);
    }
}
