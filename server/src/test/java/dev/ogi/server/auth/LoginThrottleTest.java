package dev.ogi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

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
        LoginThrottle throttle = new LoginThrottle(new MutableClock(), 5, Duration.ofMinutes(5));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.concurrent.atomic.AtomicInteger granted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(pool.submit(() -> throttle.begin("10.0.0.9", "office").ifPresent(a -> granted.incrementAndGet())));
        }
        for (java.util.concurrent.Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        assertThat(granted.get()).isEqualTo(5);
    }

    @Test
    void pastTheFreeAttemptsEachFailureDoublesTheWait() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(5));
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
        LoginThrottle throttle = new LoginThrottle(new MutableClock(), 5, Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            throttle.begin("203.0.113.7", "office").orElseThrow().failed();
        }
        assertThat(throttle.begin("203.0.113.7", "office")).isEmpty();

        assertThat(throttle.begin("10.1.2.3", "office")).isPresent();
    }

    @Test
    void successClearsTheCount() {
        LoginThrottle throttle = new LoginThrottle(new MutableClock(), 2, Duration.ofMinutes(5));
        throttle.begin("10.0.0.9", "li").orElseThrow().failed();
        throttle.begin("10.0.0.9", "li").orElseThrow().succeeded();
        throttle.begin("10.0.0.9", "li").orElseThrow().failed();

        assertThat(throttle.begin("10.0.0.9", "li")).isPresent();
    }
}
