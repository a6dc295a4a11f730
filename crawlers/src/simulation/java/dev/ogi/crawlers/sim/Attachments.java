package dev.ogi.crawlers.sim;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Guides published as attachments: a Word (.docx) file or a PDF, as units posted them. */
public final class Attachments {

    private static final String MARK = "OGI-PARAGRAPH-MARK";

    /**
     * A Word file POI wrote once, taken apart: writing each file through POI cost the
     * benchmark's farm 44% of its CPU (an application form on every site, each one different),
     * while only the paragraphs of {@code word/document.xml} differ from file to file.
     */
    private static final DocxTemplate DOCX = DocxTemplate.read(writeDocx(List.of(MARK)));

    private Attachments() {
    }

    public static byte[] docx(List<String> paragraphs) {
        return DOCX == null ? writeDocx(paragraphs) : DOCX.write(paragraphs);
    }

    /** The parts of a POI document, with its one paragraph as the pattern of every paragraph. */
    private record DocxTemplate(List<Part> parts, String head, String paragraph, String tail) {

        /** One file of the package, with the time POI gave it, so the same paragraphs give the same bytes. */
        record Part(String name, byte[] bytes, long time) {
        }

        static final String DOCUMENT = "word/document.xml";

        /** @return null when POI's output is not shaped as expected (then every file goes through POI) */
        static DocxTemplate read(byte[] docx) {
            List<Part> parts = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    parts.add(new Part(entry.getName(), in.readAllBytes(), entry.getTime()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String document = parts.stream().filter(p -> p.name().equals(DOCUMENT)).findFirst()
                    .map(p -> new String(p.bytes(), StandardCharsets.UTF_8)).orElse("");
            String text = "<w:t>" + MARK + "</w:t>";
            int mark = document.indexOf(text);
            int open = document.lastIndexOf("<w:p>", mark);
            int close = document.indexOf("</w:p>", mark);
            if (mark < 0 || open < 0 || close < 0 || document.indexOf(MARK, mark + text.length()) >= 0) {
                return null;
            }
            close += "</w:p>".length();
            String paragraph = document.substring(open, close).replace(text, "<w:t xml:space=\"preserve\">" + MARK + "</w:t>");
            return new DocxTemplate(List.copyOf(parts), document.substring(0, open), paragraph, document.substring(close));
        }

        byte[] write(List<String> paragraphs) {
            StringBuilder document = new StringBuilder(head);
            for (String p : paragraphs) {
                document.append(paragraph.replace(MARK, escapeXml(p)));
            }
            document.append(tail);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Part part : parts) {
                    ZipEntry entry = new ZipEntry(part.name());
                    entry.setTime(part.time());
                    out.putNextEntry(entry);
                    out.write(part.name().equals(DOCUMENT) ? document.toString().getBytes(StandardCharsets.UTF_8) : part.bytes());
                    out.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private static String escapeXml(String text) {
            StringBuilder b = new StringBuilder(text.length() + 16);
            text.codePoints().forEach(c -> {
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    default -> {
                        // XML 1.0 has no place for other control characters (POI drops them too)
                        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                            b.appendCodePoint(c);
                        }
                    }
                }
            });
            return b.toString();
        }
    }

    private static byte[] writeDocx(List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setFontFamily("宋体");
                run.setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF whose text uses a non-embedded 宋体 (SimSun) through Identity-H with a ToUnicode map,
     * as Word's PDF printers of the period produced: text extraction works from the map alone, so
     * no Chinese font file is needed to write or to read it.
     */
    public static byte[] pdf(List<String> paragraphs) {
        // Wrap long paragraphs at 38 characters a line, 48 lines a page.
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i += 38) {
                lines.add(p.substring(i, Math.min(p.length(), i + 38)));
            }
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 48) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + 48)));
        }
        List<String> objects = new ArrayList<>();
        // 1 catalog, 2 pages, 3 type0 font, 4 cid font, 5 descriptor, 6 tounicode, then page/content pairs
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(7 + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>");
        objects.add("<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>");
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (int block = 0; block < 256; block += 100) {
            int n = Math.min(100, 256 - block);
            cmap.append(n).append(" beginbfrange\n");
            for (int hi = block; hi < block + n; hi++) {
                cmap.append(String.format("<%02X00> <%02XFF> <%02X00>%n", hi, hi, hi));
            }
            cmap.append("endbfrange\n");
        }
        cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end");
        objects.add(stream(cmap.toString()));
        for (List<String> page : pages) {
            int contentRef = objects.size() + 2;
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                    + contentRef + " 0 R >>");
            StringBuilder content = new StringBuilder("BT /F1 14 Tf 40 800 Td 16 TL\n");
            for (String line : page) {
                content.append('<');
                line.codePoints().filter(c -> c <= 0xFFFF).forEach(c -> content.append(String.format("%04X", c)));
                content.append("> Tj T*\n");
            }
            content.append("ET");
            objects.add(stream(content.toString()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            tail.append(String.format("%010d 00000 n \n", offset));
        }
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, tail.toString());
        return out.toByteArray();
    }

    private static String stream(String content) {
        return "<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + content + "\nendstream";
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes, 0, bytes.length);
    }
}
