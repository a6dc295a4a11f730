package dev.ogi.crawlers.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes pages the way the era's Chinese sites need: the HTTP header's charset, else a
 * {@code <meta>} declaration, else detection (strict UTF-8, falling back to GB18030). GB2312 and
 * GBK labels are decoded as GB18030, their superset, so rare characters in names survive.
 */
public final class Charsets {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** Decoded text and where its charset came from (for evidence and tests). */
    public record Decoded(String text, Charset charset, String source) {
    }

    public static Decoded decode(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            return new Decoded(new String(body, 3, body.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        Charset header = contentType == null ? null : fromLabel(match(HEADER_CHARSET, contentType));
        Charset meta = fromLabel(match(META_CHARSET,
                new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1)));
        // ISO-8859-1 in a header is usually a server default, not the author's choice: trust the meta.
        Charset chosen = header != null && !(header.equals(StandardCharsets.ISO_8859_1) && meta != null) ? header : meta;
        String source = chosen == null ? "detected" : chosen == header ? "header" : "meta";
        if (chosen == null || chosen.equals(StandardCharsets.UTF_8) || chosen.equals(StandardCharsets.US_ASCII)) {
            String strict = strictUtf8(body);
            if (strict != null) {
                return new Decoded(strict, StandardCharsets.UTF_8, source);
            }
            return new Decoded(new String(body, GB18030), GB18030, chosen == null ? "detected" : source + "-mismatch");
        }
        return new Decoded(new String(body, chosen), chosen, source);
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    static Charset fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("gb2312") || l.equals("gbk") || l.equals("gb18030") || l.equals("x-gbk") || l.equals("cp936")
                || l.equals("gb_2312-80") || l.equals("euc-cn") || l.equals("x-euc-cn") || l.equals("hz-gb-2312")) {
            return GB18030;
        }
        try {
            return Charset.forName(l);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] body) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
