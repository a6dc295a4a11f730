package dev.ogi.server.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("政府信息公开工作方案");
            word.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void documentsAreRecognisedByTheirContent() throws Exception {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(DocumentType.detect(pdf())).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(ole2)).contains(DocumentType.DOC);
        assertThat(DocumentType.detect(docx())).contains(DocumentType.DOCX);
    }

    @Test
    void otherContentIsRefusedWhateverItIsCalled() throws Exception {
        assertThat(DocumentType.detect("MZ\u0090\u0000 this program".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentType.detect(zip("xl/workbook.xml"))).isEmpty();
        assertThat(DocumentType.detect("<html>%PDF-</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.detect(new byte[0])).isEmpty();
    }

    @Test
    void aZipBombDressedAsWordIsRefusedFromItsDirectoryWithoutInflatingIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        assertThat(DocumentType.detect(bomb)).isEmpty();
        assertThat(DocumentType.detect(zip("word/document.xml"))).contains(DocumentType.DOCX);
    }
}
