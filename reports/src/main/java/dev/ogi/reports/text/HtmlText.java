package dev.ogi.reports.text;

/** Text put into generated HTML or XML (bulletins, generated guides): unit names and crawled text are untrusted. */
public final class HtmlText {

    private HtmlText() {
    }

    /** Escapes text for HTML and XML alike, dropping characters XML forbids. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
