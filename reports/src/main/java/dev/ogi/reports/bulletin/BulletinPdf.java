package dev.ogi.reports.bulletin;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a bulletin's HTML (from {@link BulletinHtml}) to PDF with openhtmltopdf, embedding a
 * subset of the CJK font. External resources are refused: a bulletin is self-contained. The font
 * file (several megabytes) is parsed once, when the renderer is made, not for every bulletin; a
 * parsed font reads its glyphs lazily and is not thread-safe, so bulletins render one at a time.
 */
public final class BulletinPdf {

    private final Path fontFile;
    private final TrueTypeFont font;

    /** @param fontFile a TrueType font (.ttf or .ttc: its first face) with Chinese glyphs, see {@link CjkFont#locate} */
    public BulletinPdf(Path fontFile) {
        this.fontFile = fontFile;
        try {
            this.font = parse(fontFile);
        } catch (IOException e) {
            throw new UncheckedIOException("bulletin font " + fontFile + " could not be read: " + e.getMessage(), e);
        }
    }

    private static TrueTypeFont parse(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        // The collection stays open: its first face reads its glyphs from it while subsetting.
        new TrueTypeCollection(file.toFile()).processAllFonts(face -> {
            if (first[0] == null) {
                first[0] = face;
            }
        });
        if (first[0] == null) {
            throw new IOException("the font collection holds no font");
        }
        return first[0];
    }

    public Path fontFile() {
        return fontFile;
    }

    public synchronized byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), BulletinHtml.PDF_FONT_FAMILY,
                    400, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("OGI readiness dashboard");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("bulletin PDF could not be rendered with font " + fontFile + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
