package dev.ogi.crawlers.judge;

import java.util.HashSet;
import java.util.Set;

/**
 * Recognises pages a site serves for any address, found or not ("soft 404"), by comparing a
 * candidate with the answer to a random address on the same host.
 */
public final class SoftNotFound {

    private final String normalized;
    private final Set<Integer> shingles;

    private SoftNotFound(String compactText) {
        this.normalized = stripAlnum(compactText);
        this.shingles = shingles(this.normalized);
    }

    /** The signature of the probe page's text. */
    public static SoftNotFound of(String compactText) {
        return new SoftNotFound(compactText);
    }

    /** True when the page is (nearly) the same page the site gives for a missing address. */
    public boolean matches(String compactText) {
        String other = stripAlnum(compactText);
        if (other.equals(normalized)) {
            return true;
        }
        int a = normalized.length();
        int b = other.length();
        if (Math.min(a, b) < 0.95 * Math.max(a, b)) {
            return false;
        }
        Set<Integer> o = shingles(other);
        int common = 0;
        for (Integer s : o) {
            if (shingles.contains(s)) {
                common++;
            }
        }
        int union = shingles.size() + o.size() - common;
        return union > 0 && common >= 0.97 * union;
    }

    // Addresses, dates and counters echoed in error pages differ from probe to probe.
    private static String stripAlnum(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-' || c == '_')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Set<Integer> shingles(String s) {
        Set<Integer> set = new HashSet<>();
        for (int i = 0; i + 4 <= s.length(); i++) {
            set.add(s.substring(i, i + 4).hashCode());
        }
        return set;
    }

    /** Words a missing-page answer shows, when served with status 200. */
    private static final String[] NOT_FOUND_WORDS = {"页面不存在", "找不到", "404", "NotFound", "notfound", "无法找到",
        "已删除", "不存在或已"};

    public static boolean saysNotFound(String compactText, int contentLength) {
        return contentLength < 400 && Texts.containsAny(compactText, NOT_FOUND_WORDS);
    }

    /**
     * Whether the markup may say "not found" at all: its characters outside tags and entities,
     * compacted, hold one of the words. A necessary condition for {@link #saysNotFound} (the
     * page's text is a part of those characters), cheap enough to skip parsing a page that cannot.
     */
    public static boolean maySayNotFound(String html) {
        StringBuilder outside = new StringBuilder(Math.min(html.length(), 1 << 16));
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' || c == '&') {
                int end = html.indexOf(c == '<' ? '>' : ';', i + 1);
                if (end > 0 && (c == '<' || end - i <= 10)) {
                    i = end + 1;
                    continue;
                }
            }
            outside.append(c);
            i++;
        }
        return Texts.containsAny(Texts.compact(outside.toString()), NOT_FOUND_WORDS);
    }
}
