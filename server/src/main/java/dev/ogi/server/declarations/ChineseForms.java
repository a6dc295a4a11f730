package dev.ogi.server.declarations;

/** Text as Chinese users type it: full-width digits, letters and punctuation folded to ASCII. */
final class ChineseForms {

    private ChineseForms() {
    }

    /** ０２８－８６６０１２３４ → 028-86601234, （028） → (028), ＠ → @; the ideographic space → space. */
    static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' && c != '\uFF1B' && c != '\uFF1A') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
