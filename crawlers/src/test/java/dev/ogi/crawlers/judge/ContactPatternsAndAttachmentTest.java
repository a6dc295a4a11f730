package dev.ogi.crawlers.judge;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactPatternsAndAttachmentTest {

    @Test
    void phoneShapesAreFixedLineMobileOrLocal() {
        assertTrue(ContactPatterns.isPhone("0827-5261234"));
        assertTrue(ContactPatterns.isPhone("13812345678"));
        assertTrue(ContactPatterns.isPhone("5261234"));
        assertFalse(ContactPatterns.isPhone("12345"));
        assertFalse(ContactPatterns.isPhone("电话"));
    }

    @Test
    void emailNeedsUserAndDottedDomain() {
        assertTrue(ContactPatterns.isEmail("xxgk@example.gov.cn"));
        assertFalse(ContactPatterns.isEmail("xxgk@localhost"));
        assertFalse(ContactPatterns.isEmail("not an address"));
    }

    @Test
    void docxThatInflatesPastTheCapIsRefusedUnread() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 200_000, "the fixture is small on the wire");
        assertTrue(AttachmentText.inflatesBeyond(bomb, AttachmentText.MAX_INFLATED_BYTES));
        assertEquals(java.util.Optional.empty(), AttachmentText.extract(bomb));
    }

    @Test
    void smallZipStaysUnderTheCap() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            zip.closeEntry();
        }
        assertFalse(AttachmentText.inflatesBeyond(out.toByteArray(), AttachmentText.MAX_INFLATED_BYTES));
    }
}
