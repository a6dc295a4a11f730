package dev.ogi.server.crawls;

/** What was seen behind a judgment: a row of {@code evidence} (kind: guide, catalogue, homepage). */
public record EvidenceRow(
        long id,
        long checkId,
        String kind,
        String url,
        Integer httpStatus,
        String fetchedAt,
        String contentHash,
        String title,
        String excerpt,
        String reason) {
}
