package dev.ogi.crawlers.fetch;

import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Body decoding (gzip/deflate with a cap against decompression bombs) and binary sniffing. */
public final class Bodies {

    private Bodies() {
    }

    public static byte[] decode(byte[] raw, String contentEncoding, long maxDecompressed, String url)
            throws FetchFailure {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return raw;
        }
        String enc = contentEncoding.trim().toLowerCase(Locale.ROOT);
        try {
            if (enc.contains("gzip")) {
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(raw), 8192), raw.length, maxDecompressed, url);
            }
            if (enc.contains("deflate")) {
                try {
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(), 8192), raw.length, maxDecompressed, url);
                } catch (IOException zlibFailed) {
                    // Some servers send raw deflate without the zlib wrapper.
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true), 8192),
                            raw.length, maxDecompressed, url);
                }
            }
        } catch (IOException e) {
            throw new FetchFailure(FetchFailure.Kind.IO, "压缩内容无法解压（" + enc + "） " + url);
        }
        return raw; // identity or unknown: take as is
    }

    private static byte[] readCapped(InputStream in, int compressedSize, long max, String url)
            throws IOException, FetchFailure {
        try (in) {
            // HTML inflates about five-fold: one array of about the right size, not a stream and its copies.
            byte[] buf = new byte[(int) Math.min(max + 1, Math.max(8192, 6L * compressedSize))];
            int size = 0;
            while (true) {
                if (size == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(max + 1, 2L * buf.length));
                }
                int n = in.read(buf, size, buf.length - size);
                if (n < 0) {
                    return Arrays.copyOf(buf, size);
                }
                size += n;
                if (size > max) {
                    throw new FetchFailure(FetchFailure.Kind.DECOMPRESSED_TOO_LARGE,
                            "解压后内容超过上限（" + megabytes(max) + "），疑似压缩炸弹，已放弃 " + url);
                }
            }
        }
    }

    public static String megabytes(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace(".0 MB", " MB");
        }
        return (bytes / 1024) + " KB";
    }

    /** The kind of document the bytes start with, whatever the server claimed. */
    public enum Sniffed { HTML_OR_TEXT, PDF, OLE2_DOC, ZIP_DOCX, BINARY }

    /** Documents and images by their magic bytes (POI's {@link FileMagic}), text by its lack of control bytes. */
    public static Sniffed sniff(byte[] body) {
        switch (FileMagic.valueOf(body)) {
            case PDF:
                return Sniffed.PDF;
            case OLE2:
                return Sniffed.OLE2_DOC;
            case OOXML:
                return Sniffed.ZIP_DOCX; // any zip: a .docx, or an archive
            case PNG:
            case GIF:
            case JPEG:
                return Sniffed.BINARY;
            default:
                break;
        }
        if (body.length >= 2 && body[0] == 0x1f && body[1] == (byte) 0x8b) {
            return Sniffed.BINARY; // gzip left compressed
        }
        int n = Math.min(body.length, 1024);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return Sniffed.BINARY;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                controls++;
            }
        }
        return n > 0 && controls * 10 > n ? Sniffed.BINARY : Sniffed.HTML_OR_TEXT;
    }
}
