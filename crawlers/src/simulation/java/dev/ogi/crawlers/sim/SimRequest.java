package dev.ogi.crawlers.sim;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a simulated host sees it, whether it came through the proxy (absolute URI) or
 * directly (Host header).
 *
 * @param method  GET, HEAD...
 * @param host    the virtual host, lower case, without port
 * @param path    the path, never empty ("/" at least)
 * @param query   the query string, or null
 * @param headers request headers, names lower case
 */
public record SimRequest(String method, String host, String path, String query, Map<String, String> headers) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean acceptsGzip() {
        return header("accept-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
    }

    public String url() {
        return "http://" + host + path + (query == null ? "" : "?" + query);
    }
}
