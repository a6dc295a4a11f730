package dev.ogi.server.bulletins;

import dev.ogi.reports.bulletin.BulletinPdf;
import dev.ogi.reports.bulletin.CjkFont;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The bulletin PDF renderer, its font located on first use rather than at start-up. */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    /** A renderer found once, on the first bulletin: the configured font, a system one, or the bundled one. */
    public static Supplier<BulletinPdf> lazy(BulletinsConfiguration configuration) {
        return new Supplier<>() {
            private volatile BulletinPdf renderer;

            @Override
            public BulletinPdf get() {
                if (renderer == null) {
                    Optional<Path> configured = Optional.ofNullable(configuration.getFontPath())
                            .filter(p -> !p.isBlank()).map(Path::of);
                    renderer = new BulletinPdf(CjkFont.locate(configured));
                }
                return renderer;
            }
        };
    }
}
