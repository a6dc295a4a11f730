package dev.ogi.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} wrong passwords in a row for one account,
 * that account refuses every login (right or wrong) until the lockout has passed. Kept in memory:
 * a restart forgives, which is acceptable for a lock measured in minutes.
 */
public final class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** When the account is locked, until when. */
    public Optional<Instant> lockedUntil(String username) {
        Failures entry = failures.get(key(username));
        if (entry == null || entry.lockedUntil() == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.lockedUntil())) {
            // the lock has passed: one more wrong password locks again at once
            failures.computeIfPresent(key(username), (k, f) -> new Failures(maxFailures - 1, null));
            return Optional.empty();
        }
        return Optional.of(entry.lockedUntil());
    }

    public void failed(String username) {
        failures.compute(key(username), (k, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
        if (failures.size() > 100_000) {
            // guessing many names must not grow memory without bound
            failures.clear();
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
