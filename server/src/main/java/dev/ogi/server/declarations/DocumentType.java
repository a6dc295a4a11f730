package dev.ogi.server.declarations;

import dev.ogi.crawlers.fetch.Bodies;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import java.util.Optional;

/**
 * The documents units may upload, recognised by their content (magic bytes), never by the
 * file name: a renamed executable stays refused, a Word file called .pdf is still Word.
 */
public enum DocumentType {
    PDF("application/pdf", ".pdf", "PDF"),
    DOC("application/msword", ".doc", "Word 97-2003"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word");

    private final String contentType;
    private final String extension;
    private final String label;

    DocumentType(String contentType, String extension, String label) {
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    public String contentType() { return contentType; }

    public String extension() { return extension; }

    public String label() { return label; }

    /** What the bytes are, if they are one of the accepted documents (the crawler's sniffing: POI's FileMagic). */
    public static Optional<DocumentType> detect(byte[] content) {
        return switch (Bodies.sniff(content)) {
            case PDF -> Optional.of(PDF);
            case OLE2_DOC -> Optional.of(DOC);
            case ZIP_DOCX -> hasWordPart(content) ? Optional.of(DOCX) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The most a Word document may inflate to; real ones are far smaller, a zip bomb far larger. */
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    /**
     * A .docx is a zip with a word/ part; other zips (xlsx, any archive) are refused, and so is
     * one whose parts would inflate past {@link #MAX_INFLATED_BYTES}. Only the zip's central
     * directory is read, never its data, so a zip bomb costs no CPU.
     */
    static boolean hasWordPart(byte[] content) {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
            if (zip.getInt(i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        long inflated = 0;
        boolean word = false;
        for (int n = 0; n < entries; n++) {
            if (offset < 0 || offset + 46 > content.length || zip.getInt((int) offset) != DIRECTORY_ENTRY) {
                return false;
            }
            int at = (int) offset;
            inflated += Integer.toUnsignedLong(zip.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
            if (at + 46 + nameLength > content.length || inflated > MAX_INFLATED_BYTES) {
                return false;
            }
            String name = new String(content, at + 46, nameLength, StandardCharsets.UTF_8);
            word |= name.startsWith("word/");
            offset = (long) at + 46 + nameLength + extraLength + commentLength;
        }
        return word;
    }
}
