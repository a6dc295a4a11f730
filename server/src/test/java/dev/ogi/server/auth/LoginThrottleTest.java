package dev.ogi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import dev.ogi.server.AtOnce;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The throttle on a fresh SQLite database; {@link LoginThrottlePostgresTest} runs the same on PostgreSQL. */
class LoginThrottleTest {

    private Jdbi jdbi;

    /** A fresh database of the engine under test, migrated. */
    Jdbi database() {
        return dev.ogi.server.db.Database.openStandalone(
                dev.ogi.server.OgiConfiguration.sqliteDefaults(dev.ogi.server.TestApp.newDatabaseFile().toString()));
    }

    private LoginThrottle throttle(Clock clock, int free, Duration maxDelay) {
        return throttle(clock, free, maxDelay, LoginThrottle.IN_FLIGHT_WAIT);
    }

    private LoginThrottle throttle(Clock clock, int free, Duration maxDelay, Duration inFlightWait) {
        if (jdbi == null) {
            jdbi = database();
        }
        return new LoginThrottle(jdbi, clock, free, maxDelay, inFlightWait);
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2007-10-31T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void parallelGuessesAreCountedBeforeTheyAreCheckedSoOnlyTheFreeOnesGoAhead() throws Exception {
        // none of the attempts ends: the others wait for them in vain, then are refused
        LoginThrottle throttle = throttle(new MutableClock(), 5, Duration.ofMinutes(5), Duration.ofMillis(300));
        java.util.List<Boolean> granted = AtOnce.run(60, () -> throttle.begin("10.0.0.9", "office").isPresent());

        assertThat(granted).filteredOn(Boolean::booleanValue).hasSize(5);
    }

    @Test
    void parallelAttemptsWithTheRightPasswordAllGoAheadOnceTheFirstOnesSucceed() throws Exception {
        LoginThrottle throttle = throttle(new MutableClock(), 5, Duration.ofMinutes(5));
        java.util.List<Boolean> granted = AtOnce.run(20, () -> {
            java.util.Optional<LoginThrottle.Attempt> attempt = throttle.begin("10.0.0.9", "script");
            // the password check takes a while: the attempts overlap far past the five free ones
            Thread.sleep(20);
            attempt.ifPresent(LoginThrottle.Attempt::succeeded);
            return attempt.isPresent();
        });

        assertThat(granted).containsOnly(true);
    }

    @Test
    void manySuccessesOfOneAccountAtOnceNeverFailOnTheDatabase() throws Exception {
        // each success deletes the source's row and the account's: on PostgreSQL, deleting both in one
        // statement let two successes lock them in opposite orders and deadlock
        LoginThrottle throttle = throttle(new MutableClock(), 5, Duration.ofMinutes(5));
        java.util.List<Integer> granted = AtOnce.run(20, () -> {
            int succeeded = 0;
            for (int round = 0; round < 15; round++) {
                java.util.Optional<LoginThrottle.Attempt> attempt = throttle.begin("10.0.0.9", "busy-script");
                Thread.sleep(round % 3); // the password check: others begin and end meanwhile
                attempt.ifPresent(LoginThrottle.Attempt::succeeded);
                succeeded += attempt.isPresent() ? 1 : 0;
            }
            return succeeded;
        });

        assertThat(granted).containsOnly(15);
    }

    @Test
    void anAttemptWaitingForOthersIsRefusedAsSoonAsTheirFailuresBeginTheDelay() throws Exception {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = throttle(clock, 3, Duration.ofMinutes(5), Duration.ofSeconds(20));
        java.util.List<LoginThrottle.Attempt> guesses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            guesses.add(throttle.begin("203.0.113.7", "office").orElseThrow());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<java.util.Optional<LoginThrottle.Attempt>> fourth =
                pool.submit(() -> throttle.begin("203.0.113.7", "office"));
        Thread.sleep(100);
        assertThat(fourth).isNotDone();
        long failedAt = System.nanoTime();
        guesses.forEach(LoginThrottle.Attempt::failed);

        assertThat(fourth.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - failedAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(throttle.waitFor("203.0.113.7", "office")).isEqualTo(Duration.ofSeconds(1));
        pool.shutdown();
    }

    @Test
    void anAttemptHeldBackOnlyByOthersInFlightHasNoWaitToReport() {
        LoginThrottle throttle = throttle(new MutableClock(), 1, Duration.ofMinutes(5), Duration.ZERO);
        throttle.begin("10.0.0.9", "wang").orElseThrow();

        assertThat(throttle.begin("10.0.0.9", "wang")).isEmpty();
        assertThat(throttle.waitFor("10.0.0.9", "wang")).isZero();
    }

    @Test
    void pastTheFreeAttemptsEachFailureDoublesTheWait() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = throttle(clock, 3, Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            throttle.begin("10.0.0.9", "Zhang").orElseThrow().failed();
        }
        assertThat(throttle.begin("10.0.0.9", "zhang")).isEmpty();
        assertThat(throttle.waitFor("10.0.0.9", "ZHANG")).isEqualTo(Duration.ofSeconds(1));

        clock.now = clock.now.plusSeconds(1);
        throttle.begin("10.0.0.9", "zhang").orElseThrow().failed();
        assertThat(throttle.waitFor("10.0.0.9", "zhang")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aGuesserFromOneAddressDoesNotLockTheOwnerOutFromAnother() {
        LoginThrottle throttle = throttle(new MutableClock(), 5, Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            throttle.begin("203.0.113.7", "office").orElseThrow().failed();
        }
        assertThat(throttle.begin("203.0.113.7", "office")).isEmpty();

        assertThat(throttle.begin("10.1.2.3", "office")).isPresent();
    }

    @Test
    void successClearsTheCount() {
        LoginThrottle throttle = throttle(new MutableClock(), 2, Duration.ofMinutes(5));
        throttle.begin("10.0.0.9", "li").orElseThrow().failed();
        throttle.begin("10.0.0.9", "li").orElseThrow().succeeded();
        throttle.begin("10.0.0.9", "li").orElseThrow().failed();

        assertThat(throttle.begin("10.0.0.9", "li")).isPresent();
    }

    @Test
    void guessesAreCountedAcrossNodesAndSurviveARestart() {
        MutableClock clock = new MutableClock();
        LoginThrottle nodeA = throttle(clock, 3, Duration.ofMinutes(5));
        LoginThrottle nodeB = throttle(clock, 3, Duration.ofMinutes(5));
        nodeA.begin("203.0.113.7", "office").orElseThrow().failed();
        nodeB.begin("203.0.113.7", "office").orElseThrow().failed();
        nodeA.begin("203.0.113.7", "office").orElseThrow().failed();

        assertThat(nodeB.begin("203.0.113.7", "office")).isEmpty();
        // a node started afterwards (or the same one restarted) reads the same count
        LoginThrottle restarted = throttle(clock, 3, Duration.ofMinutes(5));
        assertThat(restarted.waitFor("203.0.113.7", "OFFICE")).isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        restarted.begin("203.0.113.7", "office").orElseThrow().succeeded();
        assertThat(nodeA.begin("203.0.113.7", "office")).isPresent();
    }
}
