package dev.ogi.crawlers.site;

import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.judge.Texts;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.Evidence;
import dev.ogi.crawlers.model.GuideFinding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Category trees seen (a catalogue's root page), with the addresses they link to. */
    private final List<Tree> trees = new ArrayList<>();
    /** Entries counted on each list or table page, by address. */
    private final Map<String, Integer> counted = new LinkedHashMap<>();

    private record Tree(String url, Set<String> links, Evidence evidence) {
    }

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

    /** A category tree: the root of a catalogue whose item tables it links to. */
    void noteTree(String url, Set<String> links, Evidence evidence) {
        trees.add(new Tree(url, Set.copyOf(links), evidence));
    }

    /** The entries counted on a list or table page, whether or not it became the finding. */
    void counted(String url, int entries) {
        counted.merge(url, entries, Math::max);
    }

    /**
     * The catalogue found: when its item table is one category of a tree seen on the site, the
     * tree's page is reported (the root that reaches all categories), with the entries of every
     * category table read from it added up.
     */
    CatalogueFinding catalogueFinding() {
        if (catalogue != null && catalogue.found() && catalogueRank >= 2) {
            for (Tree t : trees) {
                if (!t.links().contains(catalogue.url())) {
                    continue;
                }
                int categories = 0;
                int entries = 0;
                for (Map.Entry<String, Integer> e : counted.entrySet()) {
                    if (t.links().contains(e.getKey())) {
                        categories++;
                        entries += e.getValue();
                    }
                }
                Evidence table = catalogue.evidence().orElse(null);
                String reason = "判定为公开目录：目录根页面（分类树），已读取其下" + categories + "个分类的条目共" + entries
                        + "条（未读取的分类不计）；条目表如 " + catalogue.url()
                        + (table == null ? "" : "，" + table.reason());
                Evidence e = t.evidence();
                return new CatalogueFinding(true, t.url(), false, entries, catalogue.fields(), Optional.of(new Evidence(
                        e.url(), e.httpStatus(), e.fetchedAt(), e.contentHash(), e.title(), e.excerpt(), reason)));
            }
        }
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
