package dev.ogi.crawlers.judge;

import org.jsoup.nodes.Document;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A fetched page parsed once: everything the crawler and the judges need from it.
 *
 * @param url              the final address (after redirects)
 * @param status           HTTP status
 * @param fetchedAt        when it was fetched
 * @param contentHash      SHA-256 of the body bytes, hex
 * @param title            the title (or an attachment's file name)
 * @param text             visible text, whitespace collapsed
 * @param compact          {@link Texts#compact} of the text, for label patterns
 * @param linkTextLength   characters of text inside links (menus), to tell content from chrome
 * @param content          {@link Texts#compact} of the text outside links: the page's own words,
 *                         without the navigation menus every page repeats
 * @param links            anchors, areas, onclick and script targets (not frames)
 * @param frames           frame and iframe sources
 * @param redirect         a meta refresh or script redirect this page performs on load
 * @param headings         h1-h3 texts and the first bold lines, for guide titles
 * @param document         the parsed DOM (null for attachments)
 * @param attachment       true for a Word or PDF document
 */
public record ParsedPage(
        URI url,
        int status,
        Instant fetchedAt,
        String contentHash,
        String title,
        String text,
        String compact,
        int linkTextLength,
        String content,
        List<Link> links,
        List<Link> frames,
        Optional<Link> redirect,
        List<String> headings,
        Document document,
        boolean attachment) {

    /** Text that is not inside links: the page's own content, roughly. */
    public int contentLength() {
        return Math.max(0, text.length() - linkTextLength);
    }
}
