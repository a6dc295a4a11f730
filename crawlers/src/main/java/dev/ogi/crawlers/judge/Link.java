package dev.ogi.crawlers.judge;

import java.net.URI;

/**
 * A way out of a page: an anchor, an image map area, a frame, a script or onclick target.
 *
 * @param url  the absolute address
 * @param text what a visitor sees: anchor text, else the image's alt/title, else the title
 * @param kind where it came from
 */
public record Link(URI url, String text, Kind kind) {

    public enum Kind { ANCHOR, AREA, FRAME, ONCLICK, SCRIPT, META_REFRESH }
}
