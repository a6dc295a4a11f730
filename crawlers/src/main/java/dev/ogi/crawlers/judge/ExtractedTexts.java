package dev.ogi.crawlers.judge;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Attachment texts by the digest of their bytes, least recently used first out, bounded by the
 * characters held (a national round reads thousands of attachments; their texts must not grow
 * the heap without end). Thread-safe; two crawls reading the same new file at once may both
 * extract it, which is harmless.
 */
final class ExtractedTexts {

    private final long maxChars;
    private final LinkedHashMap<String, Optional<String>> texts = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    ExtractedTexts(long maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * @param digest the file's SHA-256 ({@code Hashes.sha256Hex})
     * @return the text stored for this digest (empty: not a readable document), or null when unknown
     */
    synchronized Optional<String> get(String digest) {
        return texts.get(digest);
    }

    synchronized void put(String digest, Optional<String> text) {
        long size = size(text);
        if (size > maxChars) {
            return;
        }
        Optional<String> before = texts.put(digest, text);
        chars += size - (before == null ? 0 : size(before));
        Iterator<Map.Entry<String, Optional<String>>> eldest = texts.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            chars -= size(eldest.next().getValue());
            eldest.remove();
        }
    }

    synchronized long chars() {
        return chars;
    }

    private static long size(Optional<String> text) {
        return text.map(String::length).orElse(0) + 64L;
    }
}
