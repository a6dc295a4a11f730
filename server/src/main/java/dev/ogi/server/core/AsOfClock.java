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
public record AsOfClock(Clock clock, Optional<LocalDate> fixedDay) {

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
     * @throws DomainException 400 when the parameter is not a date
     */
    public LocalDate resolve(String asOfParameter) {
        if (asOfParameter == null || asOfParameter.isBlank()) {
            return today();
        }
        return parse(asOfParameter.strip())
                .orElseThrow(() -> DomainException.invalid(
                        "参数 asOf 不是有效日期：\"" + asOfParameter + "\"，应为 YYYY-MM-DD，例如 2007-11-05"));
    }

    /**
     * The day a write is dated: always the server's ({@link #today()}), never the request's. A
     * request that names another day is refused rather than quietly re-dated, so a client learns
     * that evidence cannot be backdated (a replay's day is configuration, {@code asOf:}).
     *
     * @throws DomainException when the parameter names a day other than the server's
     */
    public LocalDate forWrite(String asOfParameter) {
        LocalDate today = today();
        if (asOfParameter != null && !asOfParameter.isBlank() && !resolve(asOfParameter).equals(today)) {
            throw DomainException.invalid("检查、填报和审核的日期由服务器按当前日期（" + today + "）记录，不能由请求指定（asOf="
                    + asOfParameter.strip() + "）；如需按历史日期回放，请在配置文件中设置 asOf");
        }
        return today;
    }

    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
