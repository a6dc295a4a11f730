package dev.ogi.crawlers.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Parsing and normalising the addresses found in pages. Only http and https are crawled. */
public final class Urls {

    private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

    private Urls() {
    }

    /** Resolves {@code href} against {@code base}; empty for other schemes or garbage. */
    public static Optional<URI> resolve(URI base, String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#")) {
            return Optional.empty();
        }
        int colon = h.indexOf(':');
        int slash = h.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            String scheme = h.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty(); // mailto:, javascript:, ftp:, file:, data: ...
            }
        }
        try {
            URI rel = new URI(escape(h));
            URI abs = base == null ? rel : base.resolve(rel);
            return normalize(abs);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<URI> parse(String url) {
        return resolve(null, url);
    }

    /**
     * An address as people write it, with the scheme they leave out: "www.chengdu.gov.cn" means
     * {@code http://www.chengdu.gov.cn}. Stripped; blank (or null) gives "".
     */
    public static String withDefaultScheme(String address) {
        String a = address == null ? "" : address.strip();
        return a.isEmpty() || a.contains("://") ? a : "http://" + a;
    }

    /**
     * crawler-commons' canonical form (lower-case scheme and host, no fragment, no default port,
     * "" path -> "/", dot segments and repeated slashes removed, percent-escapes normalised), with
     * a fast path for the common address that is canonical already.
     */
    public static Optional<URI> normalize(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
        }
        if (alreadyNormal(uri, scheme)) {
            return Optional.of(uri); // the common case: no second parse
        }
        String normal = NORMALIZER.filter(uri.toString());
        if (normal == null) {
            return Optional.empty();
        }
        try {
            URI n = new URI(normal);
            return n.getHost() == null ? Optional.empty() : Optional.of(n);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** What {@link BasicURLNormalizer} would leave as it is. */
    private static boolean alreadyNormal(URI uri, String scheme) {
        if (uri.getRawFragment() != null || !scheme.equals(uri.getScheme())) {
            return false;
        }
        int port = uri.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            return false;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.contains("./") || path.contains("//") || path.indexOf('%') >= 0) {
            return false;
        }
        String query = uri.getRawQuery();
        if (query != null && (query.isEmpty() || query.indexOf('%') >= 0)) {
            return false;
        }
        String host = uri.getHost();
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return !host.endsWith(".");
    }

    /** Percent-encodes what browsers tolerate in hrefs but URI does not (spaces, CJK, |, ^ ...). */
    static String escape(String href) {
        StringBuilder out = null;
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean ok = c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^'
                    && c != '`' && c != '{' && c != '|' && c != '}';
            if (ok && c == '%' && !(i + 2 < href.length() && isHex(href.charAt(i + 1)) && isHex(href.charAt(i + 2)))) {
                ok = false;
            }
            if (ok) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(href.length() + 16).append(href, 0, i);
            }
            int cp = href.codePointAt(i);
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out == null ? href : out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    public static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
    }

    /** host[:port] as used for politeness and robots (the same server). */
    public static String hostKey(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
