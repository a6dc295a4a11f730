package dev.ogi.crawlers.model;

import java.util.Optional;
import java.util.Set;

/**
 * The crawler's judgment on a unit's 公开目录.
 *
 * @param found             a catalogue listing this unit's items was found
 * @param url               its first page
 * @param underConstruction the catalogue column exists but holds a "建设中" placeholder
 * @param entries           entries counted across all its pages; null where they cannot be
 *                          counted (a category tree without item tables, say)
 * @param fields            the Article 19 fields its entries carry
 * @param evidence          what was seen and why it was judged so
 */
public record CatalogueFinding(
        boolean found,
        String url,
        boolean underConstruction,
        Integer entries,
        Set<CatalogueField> fields,
        Optional<Evidence> evidence) {

    public static CatalogueFinding missing() {
        return new CatalogueFinding(false, null, false, null, Set.of(), Optional.empty());
    }
}
