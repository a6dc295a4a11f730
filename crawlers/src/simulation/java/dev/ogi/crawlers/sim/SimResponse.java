package dev.ogi.crawlers.sim;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a simulated host answers. {@code delay} is added on top of the web's simulated network
 * latency (a slow server); {@code gzipAllowed} lets the server compress it when the client asks.
 */
public record SimResponse(int status, Map<String, String> headers, byte[] body, Duration delay, boolean gzipAllowed) {

    public static final Charset GB2312 = Charset.forName("GB2312");

    /** How a page tells its charset, as the sites of 2007 did (or did not). */
    public enum CharsetStyle {
        /** {@code Content-Type: text/html; charset=gb2312} in the header, and in a meta. */
        HEADER,
        /** GB2312 bytes, declared only in {@code <meta http-equiv="Content-Type">}. */
        META_ONLY,
        /** GB2312 bytes with no declaration anywhere: the crawler must detect it. */
        UNDECLARED,
        /** UTF-8, declared in the header. */
        UTF8
    }

    public static SimResponse html(int status, String html, CharsetStyle style) {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        switch (style) {
            case HEADER -> {
                headers.put("Content-Type", "text/html; charset=gb2312");
                body = html.getBytes(GB2312);
            }
            case META_ONLY, UNDECLARED -> {
                headers.put("Content-Type", "text/html");
                body = html.getBytes(GB2312);
            }
            default -> {
                headers.put("Content-Type", "text/html; charset=utf-8");
                body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return new SimResponse(status, headers, body, Duration.ZERO, true);
    }

    public static SimResponse bytes(int status, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        return new SimResponse(status, headers, body, Duration.ZERO, false);
    }

    public static SimResponse text(int status, String text) {
        return bytes(status, "text/plain; charset=utf-8", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static SimResponse redirect(int status, String location) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        headers.put("Content-Type", "text/html");
        return new SimResponse(status, headers, ("<html><body>Object moved to <a href=\"" + location
                + "\">here</a>.</body></html>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                Duration.ZERO, false);
    }

    /** The IIS 6 "page cannot be found" that most sites of the period answered with. */
    public static SimResponse notFound() {
        String html = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><head><title>无法找到该页</title>"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\"></head><body>"
                + "<h1>无法找到该页</h1>您正在搜索的页面可能已经删除、更名或暂时不可用。<hr>"
                + "<p>HTTP 错误 404 - 文件或目录未找到。<br>Internet 信息服务 (IIS)</p></body></html>";
        return html(404, html, CharsetStyle.META_ONLY);
    }

    public SimResponse withDelay(Duration extra) {
        return new SimResponse(status, headers, body, delay.plus(extra), gzipAllowed);
    }

    public SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, copy, body, delay, gzipAllowed);
    }

    public SimResponse withoutGzip() {
        return new SimResponse(status, headers, body, delay, false);
    }
}
