package dev.ogi.crawlers.model;

import java.time.Instant;

/**
 * What the crawler saw when it judged a page, kept so that a unit disputing its score can see
 * exactly what was seen: where, when, what came back, and which rule decided.
 *
 * @param url         the page or attachment judged
 * @param httpStatus  the final HTTP status (after redirects)
 * @param fetchedAt   when the body was fetched
 * @param contentHash SHA-256 of the body bytes, hex
 * @param title       the page title (or the attachment's file name)
 * @param excerpt     a short excerpt of the page text (a few hundred characters at most)
 * @param reason      why it was judged so: the rule and what it matched, in words a person reads
 */
public record Evidence(
        String url,
        int httpStatus,
        Instant fetchedAt,
        String contentHash,
        String title,
        String excerpt,
        String reason) {
}
