package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.fetch.Bodies;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/** Text of guides published as Word (.doc/.docx) or PDF attachments. */
public final class AttachmentText {

    private AttachmentText() {
    }

    /** The text, or empty when the bytes are not a readable document. */
    public static Optional<String> extract(byte[] body) {
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
