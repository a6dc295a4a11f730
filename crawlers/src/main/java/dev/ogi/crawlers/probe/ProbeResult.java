package dev.ogi.crawlers.probe;

import java.time.Instant;
import java.util.Optional;

/**
 * One probe of one homepage.
 *
 * @param code      the unit
 * @param at        when the probe started
 * @param outcome   what happened
 * @param status    the final HTTP status, 0 when none came back (or the body was over the cap)
 * @param latencyMillis from the first byte sent to the answer read (or to the failure)
 * @param requests  HTTP requests made (redirects included; 0 when not probed)
 * @param error     the reason in Chinese when the site was not open, or a note (soft error page)
 */
public record ProbeResult(String code, Instant at, Outcome outcome, int status, long latencyMillis, int requests,
        Optional<String> error) {

    public enum Outcome {
        /** Answered with a page (2xx-4xx, or over the body cap). */
        UP(false),
        /** Answered, but the page says it is an error or maintenance page: still answered. */
        SOFT_ERROR(false),
        /** Did not answer within the timeout. */
        TIMEOUT(true),
        /** The host name did not resolve. */
        DNS(true),
        /** The connection was refused or cut before any answer. */
        REFUSED(true),
        /** The server answered 5xx. */
        SERVER_ERROR(true),
        /** Any other failure to open the page (TLS, a redirect loop, a broken answer, an internal address). */
        FAILED(true),
        /** Not probed (the host's turn did not come, or the monitor stopped): counted neither way. */
        SKIPPED(false);

        private final boolean failure;

        Outcome(boolean failure) { this.failure = failure; }

        /** Whether this counts as the site being unreachable. */
        public boolean failure() { return failure; }
    }

    public boolean failed() {
        return outcome.failure();
    }

    public boolean counted() {
        return outcome != Outcome.SKIPPED;
    }
}
