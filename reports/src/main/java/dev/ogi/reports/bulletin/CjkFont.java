package dev.ogi.reports.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Finds a TrueType font with Chinese glyphs for the PDF renderer. openhtmltopdf embeds
 * TrueType-outline fonts only (Noto Sans CJK's CFF outlines do not render), and no such font is
 * on Maven Central, so the build ships one: Noto Sans SC Regular (glyf outlines, SIL Open Font
 * License, from the npm package {@code @expo-google-fonts/noto-sans-sc} 0.4.3; licence in
 * {@code fonts/OFL.txt} beside it). A configured path wins; then a system font; the bundled font
 * last, so a machine without any font package still issues Chinese PDFs. Why not first: with
 * PDFBox's subsetting, Noto maps a few ideographs (工, 民, 目, 部...) to the glyphs it shares with
 * Kangxi radicals, so text copied out of such a PDF shows U+2F2F instead of U+5DE5; the page looks
 * right. Stripping those cmap entries from the font would fix it.
 */
public final class CjkFont {

    /** The bundled font, as a class-path resource of this module. */
    public static final String BUNDLED_RESOURCE = "/dev/ogi/reports/bulletin/fonts/NotoSansSC-Regular.ttf";

    /** Where Debian/Ubuntu, macOS and Windows keep TrueType CJK fonts, best first. */
    public static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("C:/Windows/Fonts/msyh.ttc"));

    private static volatile Optional<Path> bundledCopy;

    private CjkFont() {
    }

    /** The configured font if given (it must exist), else a system font, else the bundled one. */
    public static Path locate(Optional<Path> configured) {
        if (configured.isPresent()) {
            Path path = configured.get();
            if (!Files.isRegularFile(path)) {
                throw new CjkFontNotFoundException("bulletins.fontPath " + path + " is not a readable file.", List.of(path));
            }
            return path;
        }
        return find().orElseThrow(() -> new CjkFontNotFoundException(
                "No TrueType font with Chinese glyphs was found for bulletin PDFs.", KNOWN_PATHS));
    }

    /** The first known system font that exists, else the bundled font if the build carries it. */
    public static Optional<Path> find() {
        Optional<Path> system = system();
        return system.isPresent() ? system : bundled();
    }

    /** The first known system font that exists. */
    public static Optional<Path> system() {
        return KNOWN_PATHS.stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * The bundled font copied once to a temporary file (the renderer reads fonts from files, and a
     * resource inside the shaded jar is not one).
     */
    public static Optional<Path> bundled() {
        Optional<Path> copy = bundledCopy;
        if (copy == null) {
            synchronized (CjkFont.class) {
                copy = bundledCopy;
                if (copy == null) {
                    copy = copyBundled();
                    bundledCopy = copy;
                }
            }
        }
        return copy;
    }

    private static Optional<Path> copyBundled() {
        try (InputStream in = CjkFont.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Path file = Files.createTempFile("ogi-noto-sans-sc-", ".ttf");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled CJK font could not be copied to a temporary file: " + e.getMessage(), e);
        }
    }
}
