package dev.ogi.reports.score;

import java.time.LocalDate;
import java.util.Set;

/**
 * One crawl check of one unit's website, as of the day its round judged (one row of
 * {@code site_checks}).
 *
 * @param asOf             the day the round judged as of
 * @param roundId          the crawl round
 * @param checkId          the check (the evidence reference)
 * @param reachable        the homepage answered
 * @param guideFound       a real guide of this unit was found
 * @param guideUrl         where, when found
 * @param guideElements    the codes of the Article 19 elements it contains ({@link dev.ogi.reports.campaign.Article19})
 * @param catalogueFound   a catalogue was found
 * @param catalogueUrl     its first page, when found
 * @param catalogueEntries entries counted, null when they could not be counted
 * @param catalogueFields  the codes of the Article 19 fields its entries carry
 * @param ogiColumn        the homepage links to an OGI column
 * @param carriedOver      the site failed and the findings were carried over from the last good check
 */
public record CheckSnapshot(
        LocalDate asOf,
        long roundId,
        long checkId,
        boolean reachable,
        boolean guideFound,
        String guideUrl,
        Set<String> guideElements,
        boolean catalogueFound,
        String catalogueUrl,
        Integer catalogueEntries,
        Set<String> catalogueFields,
        boolean ogiColumn,
        boolean carriedOver) {

    public CheckSnapshot {
        guideElements = guideElements == null ? Set.of() : Set.copyOf(guideElements);
        catalogueFields = catalogueFields == null ? Set.of() : Set.copyOf(catalogueFields);
    }
}
