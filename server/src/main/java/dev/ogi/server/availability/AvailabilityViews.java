package dev.ogi.server.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the availability API answers. */
public final class AvailabilityViews {

    private AvailabilityViews() {
    }

    /** One China-time day of probes. {@code averageLatencyMs} of the answered probes, null when none answered. */
    public record Day(LocalDate date, int probes, int failures, Long averageLatencyMs, long maxLatencyMs) {
    }

    /**
     * The rolling window: {@code ratio} is the share of failed probes (null without probes),
     * {@code availability} the share answered; {@code veto} is 站点无法访问.
     */
    public record Window(LocalDate from, LocalDate to, int probes, int failures, Double ratio, Double availability,
            boolean veto) {
    }

    /** One failed probe kept as evidence. */
    public record Failure(Instant at, String outcome, int status, long latencyMs, String reason) {
    }

    /** {@code GET /api/units/{code}/availability}. */
    public record UnitAvailability(String unitCode, LocalDate asOf, List<Day> days, Window sevenDays,
            List<Failure> recentFailures, double vetoShare) {
    }

    /** One unit's line of {@code GET /api/availability}. */
    public record UnitLine(String code, String name, String group, Window sevenDays) {
    }

    /** {@code GET /api/availability}: every active unit's 7-day figure. */
    public record AllUnits(LocalDate asOf, double vetoShare, int vetoes, List<UnitLine> units) {
    }

    /** One probe run: how many units, how many failed, how many requests it took. */
    public record ProbeRun(Instant at, int units, int probed, int failures, int requests, long millis) {
    }
}
