package dev.ogi.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A leader reads a bulletin in five minutes: for the province's 72 units it stays within 8 A4 pages. */
class BulletinLengthTest {

    @Test
    void aBulletinForSeventyTwoUnitsWithManyProblemsFitsEightPagesAndNamesEachProblemOnce() throws Exception {
        BulletinInput input = BulletinPdfBenchmark.syntheticInput(72, new Random(20071105));
        BulletinDocument document = new BulletinComposer().compose(input);
        String html = new BulletinHtml().render(document);

        // the bundled font is always there: the page count does not depend on the machine's fonts
        byte[] pdf = new BulletinPdf(CjkFont.locate(Optional.empty())).render(html);
        try (PDDocument rendered = Loader.loadPDF(pdf)) {
            assertThat(rendered.getNumberOfPages()).isBetween(1, 8);
            int appendixStarts = 0;
            org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= rendered.getNumberOfPages() && appendixStarts == 0; page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                if (text.getText(rendered).contains("附件：各单位得分排名")) {
                    appendixStarts = page;
                }
            }
            System.out.printf("72-unit bulletin: %d pages, appendix from page %d%n", rendered.getNumberOfPages(),
                    appendixStarts);
            // the body (everything before the appendix) within 4 pages
            assertThat(appendixStarts).isBetween(2, 5);
        }
        assertThat(document.criticised()).isNotEmpty();
        for (BulletinDocument.CriticisedUnit unit : document.criticised()) {
            for (String item : unit.overdueItems()) {
                assertThat(html.split(java.util.regex.Pattern.quote(item + "的单位"), -1)).as(item).hasSize(2);
            }
        }
    }
}
