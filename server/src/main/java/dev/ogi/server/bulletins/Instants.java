package dev.ogi.server.bulletins;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants stored as fixed-width UTC text (millisecond precision), so text order is time order in SQL. */
final class Instants {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Instants() {
    }

    static String text(Instant instant) {
        return FORMAT.format(instant);
    }
}
