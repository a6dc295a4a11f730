package dev.ogi.crawlers.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One HTTP answer, body already decompressed and capped.
 *
 * @param uri         the requested address
 * @param status      HTTP status
 * @param contentType the Content-Type header, or empty
 * @param location    the Location header (for redirects), or empty
 * @param body        the body bytes (decoded from gzip/deflate)
 * @param fetchedAt   when the answer arrived
 */
public record FetchResponse(URI uri, int status, Optional<String> contentType, Optional<String> location,
                            byte[] body, Instant fetchedAt) {

    public boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && location.isPresent();
    }
}
