package dev.ogi.reports.bulletin;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** No TrueType font with Chinese glyphs could be found for rendering bulletin PDFs. */
public class CjkFontNotFoundException extends RuntimeException {

    public CjkFontNotFoundException(String detail, List<Path> lookedAt) {
        super(detail + " Looked at: " + lookedAt.stream().map(Path::toString).collect(Collectors.joining(", "))
                + ". Install a TrueType CJK font, e.g. on Debian/Ubuntu `apt-get install -y fonts-wqy-microhei`"
                + " (or fonts-droid-fallback), or set bulletins.fontPath to a .ttf/.ttc file with Chinese glyphs."
                + " Noto Sans CJK (.otf/.ttc with CFF outlines) does not work with the PDF renderer.");
    }
}
