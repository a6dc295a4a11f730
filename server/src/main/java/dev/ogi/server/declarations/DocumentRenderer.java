package dev.ogi.server.declarations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Renders a {@link GeneratedDocument} as a standalone HTML page (every text escaped) or a Word .docx. */
final class DocumentRenderer {

    private static final String CHINESE_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";

    private DocumentRenderer() {
    }

    static String html(GeneratedDocument document) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(document.title()))
                .append("</title>\n<style>body{font-family:\"SimSun\",\"Songti SC\",serif;max-width:48em;margin:2em auto;"
                        + "line-height:1.8;padding:0 1em}h1{text-align:center;font-size:1.6em}h2{font-size:1.2em;margin-top:1.5em}"
                        + "h3{font-size:1.05em}table{border-collapse:collapse;width:100%;margin:.5em 0}"
                        + "th,td{border:1px solid #555;padding:.3em .5em;text-align:left;vertical-align:top}"
                        + "p{text-indent:2em;margin:.4em 0}</style>\n</head>\n<body>\n<h1>")
                .append(escape(document.title())).append("</h1>\n");
        for (GeneratedDocument.Block block : document.blocks()) {
            if (block instanceof GeneratedDocument.Heading h) {
                String tag = h.level() <= 1 ? "h2" : "h3";
                html.append('<').append(tag).append('>').append(escape(h.text())).append("</").append(tag).append(">\n");
            } else if (block instanceof GeneratedDocument.Paragraph p) {
                html.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof GeneratedDocument.Table t) {
                html.append("<table>\n<thead><tr>");
                t.headers().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
                html.append("</tr></thead>\n<tbody>\n");
                for (var row : t.rows()) {
                    html.append("<tr>");
                    row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                    html.append("</tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static byte[] docx(GeneratedDocument document) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = word.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, document.title(), HEADING_FONT, 22, true);
            for (GeneratedDocument.Block block : document.blocks()) {
                if (block instanceof GeneratedDocument.Heading h) {
                    XWPFParagraph paragraph = word.createParagraph();
                    paragraph.setSpacingBefore(200);
                    run(paragraph, h.text(), HEADING_FONT, h.level() <= 1 ? 16 : 14, true);
                } else if (block instanceof GeneratedDocument.Paragraph p) {
                    XWPFParagraph paragraph = word.createParagraph();
                    paragraph.setIndentationFirstLine(560);
                    run(paragraph, p.text(), CHINESE_FONT, 12, false);
                } else if (block instanceof GeneratedDocument.Table t) {
                    table(word, t);
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the Word document could not be written", e);
        }
    }

    private static void table(XWPFDocument word, GeneratedDocument.Table t) {
        XWPFTable table = word.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.headers(), true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i), false);
        }
        word.createParagraph();
    }

    private static void fill(XWPFTableRow row, java.util.List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, cells.get(i), header ? HEADING_FONT : CHINESE_FONT, 10.5, header);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font);
        // Word picks the East Asian font from its own slot; without it Chinese falls back to a default
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(font);
    }

    static String escape(String text) {
        return dev.ogi.reports.text.HtmlText.escape(text);
    }
}
