package dev.ogi.reports.bulletin;

import dev.ogi.reports.text.ChineseText;
import dev.ogi.reports.text.HtmlText;
import dev.ogi.reports.bulletin.BulletinDocument.Block;
import dev.ogi.reports.bulletin.BulletinDocument.Paragraph;
import dev.ogi.reports.bulletin.BulletinDocument.RankingLine;
import dev.ogi.reports.bulletin.BulletinDocument.RankingTable;
import dev.ogi.reports.bulletin.BulletinDocument.Section;
import dev.ogi.reports.bulletin.BulletinDocument.Table;
import java.util.List;

/**
 * Renders a bulletin as one self-contained, printable page (inline CSS, no scripts, no external
 * resources). The output is well-formed XHTML so the PDF renderer can read it as is. Every piece
 * of text is escaped: unit names and anything crawled are untrusted.
 */
public final class BulletinHtml {

    /** The font family name the PDF renderer registers its CJK font under. */
    public static final String PDF_FONT_FAMILY = "ogi-cjk";

    private static final String CSS = """
            @page { size: A4; margin: 22mm 20mm 24mm 20mm;
              @bottom-center { content: "— " counter(page) " —"; font-family: ogi-cjk, sans-serif; font-size: 10pt; } }
            body { font-family: ogi-cjk, "FangSong", "STFangsong", "WenQuanYi Micro Hei", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
              font-size: 11pt; line-height: 1.6; color: #000; max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
            .masthead { color: #c00; font-size: 30pt; font-weight: bold; text-align: center; letter-spacing: 4pt; margin-top: 6mm; }
            .issue-no { text-align: center; font-size: 13pt; margin: 2mm 0; }
            table.issuer-line { width: 100%; border-collapse: collapse; font-size: 12pt; }
            table.issuer-line td { border: none; padding: 0; }
            .red-rule { border: none; border-top: 2pt solid #c00; margin: 2mm 0 6mm 0; }
            h1 { font-size: 16pt; text-align: center; font-weight: bold; margin: 6mm 0; line-height: 1.5; }
            h2 { font-size: 14pt; font-weight: bold; margin: 5mm 0 2mm 0; }
            p { text-indent: 2em; margin: 0 0 1.5mm 0; text-align: justify; }
            p.salutation { text-indent: 0; }
            .lead { font-weight: bold; }
            table.figures, table.ranking { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm 0; font-size: 10.5pt; line-height: 1.4; }
            table.figures th, table.figures td, table.ranking th, table.ranking td { border: 0.75pt solid #000; padding: 1mm 1.5mm; text-align: center; }
            table.ranking td.unit { text-align: left; }
            caption { font-weight: bold; margin-bottom: 1mm; }
            .signature { text-align: right; margin-top: 10mm; }
            .appendix { page-break-before: always; }
            .appendix h2 { text-align: left; }
            table.figures { line-height: 1.25; }
            table.figures th, table.figures td { padding: 0.5mm 1mm; }
            p.note { text-indent: 0; font-size: 10.5pt; }
            table.ranking { line-height: 1.25; font-size: 10pt; }
            table.ranking th, table.ranking td { padding: 0.5mm 1.5mm; }
            h3 { font-size: 12pt; margin: 4mm 0 1mm 0; }
            tr { page-break-inside: avoid; }
            @media screen { body { margin: 10mm auto; } }
            """;

    public String render(BulletinDocument doc) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>");
        h.append("<title>").append(esc(doc.title() + "（第" + doc.number() + "期）")).append("</title>");
        h.append("<style>").append(CSS).append("</style></head><body>\n");

        h.append("<div class=\"masthead\">政府信息公开工作通报</div>\n");
        h.append("<div class=\"issue-no\">第").append(doc.number()).append("期</div>\n");
        h.append("<table class=\"issuer-line\"><tr><td>").append(esc(doc.issuer()))
                .append("</td><td style=\"text-align:right\">").append(esc(ChineseText.date(doc.issuedOn())))
                .append("</td></tr></table>\n<hr class=\"red-rule\"/>\n");
        h.append("<h1>").append(esc(doc.title())).append("</h1>\n");
        h.append("<p class=\"salutation\">").append(esc(doc.salutation())).append("</p>\n");
        h.append("<p>").append(esc(doc.introduction())).append("</p>\n");

        for (Section section : doc.sections()) {
            h.append("<h2>").append(esc(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    h.append("<p>");
                    if (!p.lead().isEmpty()) {
                        h.append("<span class=\"lead\">").append(esc(p.lead())).append("</span>");
                    }
                    h.append(esc(p.text())).append("</p>\n");
                } else if (block instanceof Table t) {
                    table(h, "figures", t.caption(), t.headers(), t.rows());
                }
            }
        }

        h.append("<p class=\"signature\">").append(esc(doc.issuer())).append("<br/>")
                .append(esc(ChineseText.date(doc.issuedOn()))).append("</p>\n");

        h.append("<div class=\"appendix\"><h2>").append(esc(doc.appendixTitle())).append("</h2>\n");
        h.append("<p class=\"note\">").append(esc(doc.appendixNote())).append("</p>\n");
        for (RankingTable ranking : doc.rankings()) {
            h.append("<h3>").append(esc(ranking.groupLabel() + "（" + ranking.lines().size() + "个）")).append("</h3>\n");
            h.append("<table class=\"ranking\"><thead><tr><th>排名</th><th>单位</th><th>得分</th><th>较上期</th><th>未完成事项</th></tr></thead><tbody>\n");
            for (RankingLine line : ranking.lines()) {
                h.append("<tr><td>").append(esc(line.rank())).append("</td><td class=\"unit\">").append(esc(line.unitName()))
                        .append("</td><td>").append(esc(line.score())).append("</td><td>").append(esc(line.change()))
                        .append("</td><td>").append(esc(line.missing())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</div>\n</body></html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, String cssClass, String caption, List<String> headers, List<List<String>> rows) {
        h.append("<table class=\"").append(cssClass).append("\">");
        if (caption != null && !caption.isEmpty()) {
            h.append("<caption>").append(esc(caption)).append("</caption>");
        }
        h.append("<thead><tr>");
        for (String header : headers) {
            h.append("<th>").append(esc(header)).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Escapes text for HTML and XML alike (short name for the bulletin's many cells). */
    public static String esc(String text) {
        return HtmlText.escape(text);
    }
}
