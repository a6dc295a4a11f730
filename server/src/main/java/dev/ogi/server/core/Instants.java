package dev.ogi.server.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants stored as fixed-width UTC text (millisecond precision), so text order is time order in SQL. */
public final class Instants {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Instants() {
    }

    public static String text(Instant instant) {
        return FORMAT.format(instant);
    }
}
