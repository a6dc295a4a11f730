package dev.ogi.server.declarations;

import java.util.List;

/**
 * A generated guide or catalogue as blocks, rendered the same way to HTML and to Word.
 *
 * @param fileName the base name for downloads, e.g. guide
 */
public record GeneratedDocument(String title, String fileName, List<Block> blocks) {

    public GeneratedDocument {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** Level 1 is a section (一、主动公开), level 2 a subsection (（一）公开的范围). */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Every text of the document, in order (for tests and searches). */
    public String plainText() {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                text.append(h.text()).append('\n');
            } else if (block instanceof Paragraph p) {
                text.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                text.append(String.join(" | ", t.headers())).append('\n');
                t.rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
            }
        }
        return text.toString();
    }
}
