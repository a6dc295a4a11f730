package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.judge.CatalogueJudge;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.model.CatalogueField;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts a catalogue's entries across its pages (the 共N页 pager, 下一页 links): follows the next
 * pages while they are catalogue pages of the same kind, new and within the budget and deadline.
 */
final class CataloguePager {

    static final int MAX_CATALOGUE_PAGES = 60;

    /**
     * @param incomplete whether a page could not be read (server error, budget, deadline), so the
     *                   count may be short
     */
    record Count(int pages, int entries, Set<CatalogueField> fields, boolean incomplete) {
    }

    private final PageLoader loader;
    private final Frontier frontier;

    CataloguePager(PageLoader loader, Frontier frontier) {
        this.loader = loader;
        this.frontier = frontier;
    }

    /** Counts from the first page, judged as {@code first}. */
    Count count(ParsedPage page, CatalogueJudge.Verdict first) throws InterruptedException {
        int entries = first.entries();
        Set<CatalogueField> fields = EnumSet.noneOf(CatalogueField.class);
        fields.addAll(first.fields());
        int pages = 1;
        Set<String> hashes = new HashSet<>();
        hashes.add(page.contentHash());
        List<URI> pending = new ArrayList<>(CatalogueJudge.nextPages(page));
        boolean incomplete = false;
        while (!pending.isEmpty() && pages < MAX_CATALOGUE_PAGES) {
            URI next = pending.remove(0);
            if (frontier.wasRequested(next)) {
                continue;
            }
            if (!loader.canFetch()) {
                incomplete = true;
                break;
            }
            Loaded loaded;
            try {
                loaded = loader.load(next, 0, false, Intent.CATALOGUE);
            } catch (FetchFailure f) {
                if (f.kind() != FetchFailure.Kind.HTTP_STATUS || f.status() >= 500) {
                    incomplete = true;
                }
                break;
            }
            if (!loaded.usable() || !hashes.add(loaded.page().contentHash())) {
                break;
            }
            CatalogueJudge.Verdict more = CatalogueJudge.judge(loaded.page(), Intent.CATALOGUE);
            if (more.kind() != first.kind() || more.entries() == 0) {
                break;
            }
            pages++;
            entries += more.entries();
            fields.addAll(more.fields());
            if (pending.isEmpty()) {
                pending.addAll(CatalogueJudge.nextPages(loaded.page()));
            }
        }
        return new Count(pages, entries, fields, incomplete);
    }
}
