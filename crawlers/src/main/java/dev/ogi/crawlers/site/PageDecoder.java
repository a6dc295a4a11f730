package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.Bodies;
import dev.ogi.crawlers.fetch.Charsets;
import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.fetch.Hashes;
import dev.ogi.crawlers.judge.AttachmentText;
import dev.ogi.crawlers.judge.PageParser;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a response body into a page: attachments (PDF, Word) by their text, HTML and text by
 * their charset, whatever the server claimed; binary data and other types are unusable.
 */
final class PageDecoder {

    private PageDecoder() {
    }

    /** Whether the answer would be decoded as an HTML or text page (not an attachment, not binary data). */
    static boolean isHtml(FetchResponse response, URI url) {
        String type = response.contentType().orElse("").toLowerCase(Locale.ROOT);
        return Bodies.sniff(response.body()) == Bodies.Sniffed.HTML_OR_TEXT
                && isPageType(type);
    }

    static Loaded decode(FetchResponse response, URI url) {
        byte[] body = response.body();
        String type = response.contentType().orElse("").toLowerCase(Locale.ROOT);
        String hash = Hashes.sha256Hex(body);
        Bodies.Sniffed sniffed = Bodies.sniff(body);
        boolean documentType = type.contains("pdf") || type.contains("msword") || type.contains("officedocument")
                || type.contains("wps");
        if (sniffed == Bodies.Sniffed.PDF || sniffed == Bodies.Sniffed.OLE2_DOC
                || (sniffed == Bodies.Sniffed.ZIP_DOCX && (documentType || isDocPath(url)))) {
            Optional<String> text = AttachmentText.extract(body, hash);
            if (text.isEmpty() || text.get().isBlank()) {
                return Loaded.unusable(response, url, "附件无法读取文字（可能是扫描件或已损坏） " + url);
            }
            return Loaded.page(response, url, PageParser.attachment(text.get(), fileName(url), url, response.status(),
                    response.fetchedAt(), hash));
        }
        if (sniffed == Bodies.Sniffed.BINARY || sniffed == Bodies.Sniffed.ZIP_DOCX) {
            return Loaded.unusable(response, url,
                    "内容为二进制数据而非网页（声明类型：" + (type.isEmpty() ? "无" : type) + "） " + url);
        }
        if (!isPageType(type)) {
            return Loaded.unusable(response, url, "不是网页（" + type + "） " + url);
        }
        Charsets.Decoded decoded = Charsets.decode(body, response.contentType().orElse(null));
        return Loaded.page(response, url, PageParser.parse(decoded.text(), url, response.status(), response.fetchedAt(), hash));
    }

    /** A declared type (lower case) a page may have: none, HTML, text or XML. */
    private static boolean isPageType(String type) {
        return type.isEmpty() || type.contains("html") || type.contains("text") || type.contains("xml");
    }

    private static boolean isDocPath(URI url) {
        String p = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        return p.endsWith(".docx") || p.endsWith(".doc") || p.endsWith(".pdf");
    }

    private static String fileName(URI url) {
        String p = url.getPath() == null ? "" : url.getPath();
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
