package dev.ogi.server.health;

import com.codahale.metrics.health.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Scores go stale when crawling stops: unhealthy when the last finished crawl round is older
 * than the allowed age. A new installation with no round yet is healthy, and says so.
 */
public class CrawlAgeHealthCheck extends HealthCheck {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration maxAge;

    public CrawlAgeHealthCheck(Jdbi jdbi, Clock clock, Duration maxAge) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    protected Result check() {
        Optional<String> last = jdbi.withHandle(h -> h.createQuery(
                        "SELECT max(finished_at) FROM crawl_rounds WHERE status = 'finished'")
                .mapTo(String.class).findOne());
        if (last.isEmpty()) {
            return Result.healthy("no crawl round has finished yet");
        }
        Duration age = Duration.between(Instant.parse(last.get()), clock.instant());
        String message = "last crawl round finished at " + last.get() + " (" + age.toHours() + " h ago, limit "
                + maxAge.toHours() + " h)";
        return age.compareTo(maxAge) <= 0 ? Result.healthy(message) : Result.unhealthy(message);
    }
}
