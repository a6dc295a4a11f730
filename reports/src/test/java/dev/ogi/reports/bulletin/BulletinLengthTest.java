package dev.ogi.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BulletinLengthTest {

    @Test
    void aBulletinFor72UnitsFitsEightPagesWithTheBodyInFour() throws Exception {
        // page count does not depend on exact text extraction, so the build's own font is enough
        Path font = CjkFont.system().or(CjkFont::bundled)
                .orElseThrow(() -> new AssertionError("font resource missing from the build"));
        BulletinInput input = BulletinPdfBenchmark.syntheticInput(72, new Random(15))
                .withPrevious(BulletinPdfBenchmark.syntheticInput(72, new Random(14)));
        String html = new BulletinHtml().render(new BulletinComposer().compose(input));

        byte[] pdf = new BulletinPdf(font).render(html);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            int appendixStarts = 0;
            for (int page = 1; page <= pages && appendixStarts == 0; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // milestone short ids (ASCII, safe with any font) appear only in the appendix
                if (stripper.getText(document).contains("M1")) {
                    appendixStarts = page;
                }
            }
            assertThat(pages).as("pages in all").isLessThanOrEqualTo(8);
            assertThat(appendixStarts).as("first appendix page").isBetween(2, 5);
        }
    }
}
