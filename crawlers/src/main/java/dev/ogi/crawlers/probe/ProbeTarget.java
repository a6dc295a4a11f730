package dev.ogi.crawlers.probe;

import java.util.Objects;

/** One unit's homepage to probe. */
public record ProbeTarget(String code, String homepage) {
    public ProbeTarget {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(homepage, "homepage");
    }
}
