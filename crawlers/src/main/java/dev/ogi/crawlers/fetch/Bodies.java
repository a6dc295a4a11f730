package dev.ogi.crawlers.fetch;

import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(raw), 8192), maxDecompressed, url);
            }
            if (enc.contains("deflate")) {
                try {
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(raw)), maxDecompressed, url);
                } catch (IOException zlibFailed) {
                    // Some servers send raw deflate without the zlib wrapper.
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)),
                            maxDecompressed, url);
                }
            }
        } catch (IOException e) {
            throw new FetchFailure(FetchFailure.Kind.IO, "压缩内容无法解压（" + enc + "） " + url);
        }
        return raw; // identity or unknown: take as is
    }

    private static byte[] readCapped(InputStream in, long max, String url) throws IOException, FetchFailure {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
            byte[] buf = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    throw new FetchFailure(FetchFailure.Kind.DECOMPRESSED_TOO_LARGE,
                            "解压后内容超过上限（" + megabytes(max) + "），疑似压缩炸弹，已放弃 " + url);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
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
