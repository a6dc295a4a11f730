package dev.ogi.reports.score;

import java.util.Optional;

/**
 * What a score rests on.
 *
 * @param kind      crawl, declaration, override or none
 * @param reference the check id, the declaration id (with its version as "id/v2") or the override id
 * @param url       the page the crawler saw, when there is one
 */
public record ScoreEvidence(Kind kind, Optional<String> reference, Optional<String> url) {

    public enum Kind { crawl, declaration, override, none }

    public ScoreEvidence {
        reference = reference == null ? Optional.empty() : reference;
        url = url == null ? Optional.empty() : url;
    }

    public static ScoreEvidence none() {
        return new ScoreEvidence(Kind.none, Optional.empty(), Optional.empty());
    }

    public static ScoreEvidence crawl(long checkId, String url) {
        return new ScoreEvidence(Kind.crawl, Optional.of(Long.toString(checkId)), Optional.ofNullable(url));
    }

    /** A crawled website fact (the latest round's), named by the page it was seen on. */
    public static ScoreEvidence website(String url) {
        return new ScoreEvidence(Kind.crawl, Optional.empty(), Optional.ofNullable(url));
    }

    public static ScoreEvidence declaration(long declarationId, int version) {
        return new ScoreEvidence(Kind.declaration, Optional.of(declarationId + "/v" + version), Optional.empty());
    }

    public static ScoreEvidence override(long overrideId) {
        return new ScoreEvidence(Kind.override, Optional.of(Long.toString(overrideId)), Optional.empty());
    }
}
