package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.fetch.Bodies;
import dev.ogi.crawlers.fetch.Hashes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.Optional;

/** Text of guides published as Word (.doc/.docx) or PDF attachments. */
public final class AttachmentText {

    /** A real guide's .docx inflates to a few MB; a zip bomb is refused before POI opens it. */
    static final long MAX_INFLATED_BYTES = 32L * 1024 * 1024;

    /**
     * Texts already extracted, by the SHA-256 of the file: a unit's guide attachment is the same
     * file round after round, and reading a PDF costs tens of milliseconds where the digest costs
     * a fraction of one (15% of the demo's crawl CPU was re-reading the same attachments).
     */
    private static final ExtractedTexts EXTRACTED = new ExtractedTexts(4_000_000);

    private AttachmentText() {
    }

    /** Inflates every entry, counting bytes, and stops as soon as the total passes the cap. */
    static boolean inflatesBeyond(byte[] body, long cap) {
        long total = 0;
        byte[] buf = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > 2_000) {
                    return true;
                }
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > cap) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The text, or empty when the bytes are not a readable document. */
    public static Optional<String> extract(byte[] body) {
        return extract(body, Hashes.sha256Hex(body));
    }

    /** The same, for a caller that already holds the body's SHA-256 ({@link Hashes#sha256Hex(byte[])}). */
    public static Optional<String> extract(byte[] body, String sha256) {
        Optional<String> known = EXTRACTED.get(sha256);
        if (known != null) {
            return known;
        }
        Optional<String> text = read(body);
        EXTRACTED.put(sha256, text);
        return text;
    }

    private static Optional<String> read(byte[] body) {
        try {
            return switch (Bodies.sniff(body)) {
                case PDF -> {
                    try (PDDocument doc = Loader.loadPDF(body)) {
                        PDFTextStripper stripper = new PDFTextStripper();
                        stripper.setEndPage(40);
                        yield Optional.of(stripper.getText(doc));
                    }
                }
                case OLE2_DOC -> {
                    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(body));
                         WordExtractor ex = new WordExtractor(doc)) {
                        yield Optional.of(ex.getText());
                    }
                }
                case ZIP_DOCX -> {
                    if (inflatesBeyond(body, MAX_INFLATED_BYTES)) {
                        yield Optional.empty();
                    }
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                         XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                        yield Optional.of(ex.getText());
                    }
                }
                default -> Optional.empty();
            };
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }
}
