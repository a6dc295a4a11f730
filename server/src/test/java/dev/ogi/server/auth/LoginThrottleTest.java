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
    void accountLocksAfterTheLimitAndUnlocksWhenTheLockoutHasPassed() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(5));
        throttle.failed("Zhang");
        throttle.failed("zhang");
        assertThat(throttle.lockedUntil("zhang")).isEmpty();

        throttle.failed("zhang");

        assertThat(throttle.lockedUntil("ZHANG")).contains(Instant.parse("2007-10-31T08:05:00Z"));
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(throttle.lockedUntil("zhang")).isEmpty();
        throttle.failed("zhang");
        assertThat(throttle.lockedUntil("zhang")).isPresent();
    }

    @Test
    void successClearsTheCount() {
        LoginThrottle throttle = new LoginThrottle(new MutableClock(), 2, Duration.ofMinutes(5));
        throttle.failed("li");
        throttle.succeeded("li");
        throttle.failed("li");

        assertThat(throttle.lockedUntil("li")).isEmpty();
    }
}
