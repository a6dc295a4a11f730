package dev.ogi.reports.bulletin;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Renders a bulletin's HTML (from {@link BulletinHtml}) to PDF with openhtmltopdf, embedding a
 * subset of the CJK font. External resources are refused: a bulletin is self-contained.
 */
public final class BulletinPdf {

    private final Path fontFile;

    /** @param fontFile a TrueType font (.ttf or .ttc) with Chinese glyphs, see {@link CjkFont#locate} */
    public BulletinPdf(Path fontFile) {
        this.fontFile = fontFile;
    }

    public Path fontFile() {
        return fontFile;
    }

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(fontFile.toFile(), BulletinHtml.PDF_FONT_FAMILY, 400, FontStyle.NORMAL, true);
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
