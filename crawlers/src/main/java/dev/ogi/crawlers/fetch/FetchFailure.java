package dev.ogi.crawlers.fetch;

/**
 * A request that produced no usable page, with a message a person can act on (Chinese, as the
 * UI shows it) and a kind for code that needs to tell failures apart.
 */
public final class FetchFailure extends Exception {

    public enum Kind {
        CONNECT_TIMEOUT, READ_TIMEOUT, DNS, REFUSED, TLS, IO, TOO_LARGE, DECOMPRESSED_TOO_LARGE,
        BINARY, FORBIDDEN_ADDRESS, UNSUPPORTED_SCHEME, REDIRECT_LOOP, TOO_MANY_REDIRECTS, HTTP_STATUS,
        ROBOTS, SITE_TIMEOUT, BUDGET,
        /** The connection closed before any byte of an answer: the one failure retried (at the gate). */
        NO_ANSWER
    }

    private final Kind kind;
    private final int status;

    public FetchFailure(Kind kind, String message) {
        this(kind, message, 0);
    }

    public FetchFailure(Kind kind, String message, int status) { super(message, null, false, false); this.kind = kind; this.status = status; }

    public Kind kind() { return kind; }

    /** The HTTP status when one came back, else 0. */
    public int status() { return status; }
}
