package dev.ogi.reports.bulletin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a TrueType font with Chinese glyphs for the PDF renderer. openhtmltopdf embeds
 * TrueType-outline fonts only (Noto Sans CJK's CFF outlines do not render), and no such font is
 * on Maven Central, so one is taken from the system: a configured path first, then known paths.
 */
public final class CjkFont {

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

    private CjkFont() {
    }

    /** The configured font if given (it must exist), else the first known path that exists. */
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

    /** The first known path that exists, if any. */
    public static Optional<Path> find() {
        List<Path> present = new ArrayList<>();
        for (Path path : KNOWN_PATHS) {
            if (Files.isRegularFile(path)) {
                present.add(path);
            }
        }
        return present.stream().findFirst();
    }
}
