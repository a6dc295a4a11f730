package dev.ogi.server.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The day everything is judged as of: today by default, or a fixed day from the configuration
 * (or a command's {@code --as-of}) so a past campaign can be replayed. Events are still stamped
 * with the real instant from {@link #now()}.
 */
public final class AsOfClock {

    private final Clock clock;
    private final Optional<LocalDate> fixedDay;

    public AsOfClock(Clock clock, Optional<LocalDate> fixedDay) {
        this.clock = clock;
        this.fixedDay = fixedDay;
    }

    public LocalDate today() {
        return fixedDay.orElseGet(() -> LocalDate.now(clock));
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    public boolean isFixed() {
        return fixedDay.isPresent();
    }

    /**
     * The day an API request asks for ({@code ?asOf=2007-11-05}), or {@link #today()} when it
     * names none.
     *
     * @throws ApiException 400 when the parameter is not a date
     */
    public LocalDate resolve(String asOfParameter) {
        if (asOfParameter == null || asOfParameter.isBlank()) {
            return today();
        }
        return parse(asOfParameter.strip())
                .orElseThrow(() -> ApiException.badRequest(
                        "参数 asOf 不是有效日期：\"" + asOfParameter + "\"，应为 YYYY-MM-DD，例如 2007-11-05"));
    }

    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
