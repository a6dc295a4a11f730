package dev.ogi.crawlers.model;

import java.util.Optional;
import java.util.Set;

/**
 * The crawler's judgment on a unit's 公开指南.
 *
 * @param found             a real guide of this unit was found
 * @param url               its address (the page or the attachment), when found or when a
 *                          placeholder stands where it should be
 * @param underConstruction the OGI guide column exists but holds a "建设中" placeholder
 * @param elements          the Article 19 elements the guide contains
 * @param evidence          what was seen and why it was judged so; empty when nothing was seen
 */
public record GuideFinding(
        boolean found,
        String url,
        boolean underConstruction,
        Set<GuideElement> elements,
        Optional<Evidence> evidence) {

    public static GuideFinding missing() {
        return new GuideFinding(false, null, false, Set.of(), Optional.empty());
    }
}
