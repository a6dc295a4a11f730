package dev.ogi.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BulletinPdfTest {

    @Test
    void pdfTextContainsTheUnitNamesInChinese() throws Exception {
        // exact text needs a system font: the bundled one reads a few ideographs back as radicals
        Optional<Path> font = CjkFont.system();
        String missing = "no system CJK TrueType font installed: apt-get install -y fonts-wqy-microhei (CI installs it)";
        if (font.isEmpty() && System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.fail(missing + "; CI is set, so the test fails rather than skips");
        }
        assumeTrue(font.isPresent(), missing);
        String html = new BulletinHtml().render(new BulletinComposer().compose(BulletinFixtures.crafted()));

        byte[] pdf = new BulletinPdf(font.get()).render(html);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("成都市", "绵阳市", "内江市", "省发展改革委", "省教育厅")
                    .contains("关于全省政府信息公开指南和目录编制工作进展情况的通报")
                    .contains("公开目录未上网公示（截止2007年10月31日，已逾期5天）的单位（2个）：内江市、省教育厅。");
        }
    }

    @Test
    void aMissingConfiguredFontNamesThePackageToInstall() {
        assertThatThrownBy(() -> CjkFont.locate(Optional.of(Path.of("/nonexistent/font.ttc"))))
                .isInstanceOf(CjkFontNotFoundException.class)
                .hasMessageContaining("/nonexistent/font.ttc")
                .hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("bulletins.fontPath");
    }

    @Test
    void theBuildsOwnFontRendersChineseWithoutAnySystemFont() throws Exception {
        Path bundled = CjkFont.bundled().orElseThrow(() -> new AssertionError("font resource missing from the build"));
        String html = new BulletinHtml().render(new BulletinComposer().compose(BulletinFixtures.crafted()));

        byte[] pdf = new BulletinPdf(bundled).render(html);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            // ideographs that share a glyph with a Kangxi radical come back as the radical (see CjkFont)
            assertThat(text).contains("成都市", "省教育厅", "政府信息公开", "四川省");
            String fontName = document.getPage(0).getResources().getFontNames().iterator().hasNext()
                    ? document.getPage(0).getResources().getFont(
                            document.getPage(0).getResources().getFontNames().iterator().next()).getName()
                    : "";
            // a subset is embedded ("ABCDEF+NotoSansSC-Regular"), not the 10.5 MB font
            assertThat(fontName).contains("+").containsIgnoringCase("NotoSansSC");
        }
        assertThat(pdf.length).isLessThan(1_000_000);
    }
}
