package dev.ogi.crawlers.judge;

/** Small text helpers shared by the judges; allocation-light because they run on every page. */
public final class Texts {

    private Texts() {
    }

    /**
     * Removes every kind of whitespace (including the full-width space used to pad labels such as
     * 传　　真) and folds full-width ASCII (：，０-９ Ａ-Ｚ) to half width, so label patterns need
     * only one spelling.
     */
    public static String compact(String s) {
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first)) && fold(s.charAt(first)) == s.charAt(first)) {
            first++;
        }
        if (first == s.length()) {
            return s; // already compact, as most link texts are: no copy
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009'
                || c == '\u200b' || c == '\ufeff';
    }

    /** Full-width ASCII to half width, dashes to '-'. */
    private static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        return c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '\u2212' ? '-' : c;
    }

    public static String excerpt(String text, int from, int length) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.min(text.length(), start + length);
        String s = text.substring(start, end).strip();
        return end < text.length() ? s + "……" : s;
    }

    public static boolean containsAny(String s, String... needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    public static int countAny(String s, String... needles) {
        int n = 0;
        for (String needle : needles) {
            if (s.contains(needle)) {
                n++;
            }
        }
        return n;
    }
}
