package dev.ogi.server.availability;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ogi.server.scheduling.JobScheduler;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZonedDateTime;
import java.util.Date;
import org.quartz.CronExpression;

/**
 * The {@code availability:} section: the homepage monitor, apart from the nightly crawl. A site
 * whose homepage failed on {@code vetoShare} of its probes over the last 7 days
 * (at least {@code minProbesForVeto} probes) has the veto item 站点无法访问.
 */
public class AvailabilityConfiguration {

    /** The fewest probes a day the schedule may make: fewer could not tell an outage from chance. */
    public static final int MIN_PROBES_A_DAY = 20;

    /** Whether the scheduled probes run at all (the API still answers from what is stored). */
    private boolean enabled = true;

    /** When the probes run (Quartz cron, China Standard Time): every hour by default. */
    @NotBlank
    private String schedule = "0 0 * * * ?";

    /** A homepage not open within this time (redirects included) is a failure. */
    @NotNull
    private Duration timeout = Duration.seconds(15);

    /** Probes in flight at once (one per host at a time whatever this says). */
    @Min(1)
    @Max(256)
    private int parallel = 16;

    /** The share of failed probes from which the veto applies. */
    private double vetoShare = 0.05;

    /** Fewer probes than this in the window give no veto (the monitor has just started). */
    @Min(1)
    private int minProbesForVeto = 20;

    /** Failures kept one by one per unit, as evidence; the rest are only counted. */
    @Min(0)
    @Max(1000)
    private int failuresKept = 50;

    /**
     * Checks the schedule and the threshold.
     *
     * @throws IllegalArgumentException naming the setting and what would be right
     */
    public AvailabilityConfiguration validated() {
        if (!CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("availability.schedule is not a valid Quartz cron expression: \""
                    + schedule + "\" (e.g. \"0 0 * * * ?\" for every hour)");
        }
        int perDay = firesOnADay(schedule);
        if (perDay < MIN_PROBES_A_DAY) {
            throw new IllegalArgumentException("availability.schedule \"" + schedule + "\" probes " + perDay
                    + " times a day; it must probe at least " + MIN_PROBES_A_DAY + " times (e.g. \"0 0 * * * ?\", every hour)");
        }
        if (!(vetoShare > 0 && vetoShare <= 1)) {
            throw new IllegalArgumentException("availability.vetoShare must be above 0 and at most 1, not " + vetoShare);
        }
        if (timeout.toMilliseconds() < 1) {
            throw new IllegalArgumentException("availability.timeout must be positive");
        }
        return this;
    }

    /** How often the cron fires over one ordinary day (a Wednesday, China time). */
    static int firesOnADay(String cron) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(JobScheduler.OFFICE_TIME_ZONE);
            ZonedDateTime start = ZonedDateTime.of(2008, 1, 16, 0, 0, 0, 0, JobScheduler.OFFICE_TIME_ZONE.toZoneId());
            Date end = Date.from(start.plusDays(1).toInstant());
            // one before midnight, so a fire at 00:00:00 itself counts
            Date next = expression.getNextValidTimeAfter(Date.from(start.toInstant().minusMillis(1)));
            int count = 0;
            while (next != null && next.before(end) && count <= 100_000) {
                count++;
                next = expression.getNextValidTimeAfter(next);
            }
            return count;
        } catch (java.text.ParseException e) {
            return 0;
        }
    }

    @JsonProperty public boolean isEnabled() { return enabled; }
    @JsonProperty public void setEnabled(boolean enabled) { this.enabled = enabled; }
    @JsonProperty public String getSchedule() { return schedule; }
    @JsonProperty public void setSchedule(String schedule) { this.schedule = schedule; }
    @JsonProperty public Duration getTimeout() { return timeout; }
    @JsonProperty public void setTimeout(Duration timeout) { this.timeout = timeout; }
    @JsonProperty public int getParallel() { return parallel; }
    @JsonProperty public void setParallel(int parallel) { this.parallel = parallel; }
    @JsonProperty public double getVetoShare() { return vetoShare; }
    @JsonProperty public void setVetoShare(double vetoShare) { this.vetoShare = vetoShare; }
    @JsonProperty public int getMinProbesForVeto() { return minProbesForVeto; }
    @JsonProperty public void setMinProbesForVeto(int n) { this.minProbesForVeto = n; }
    @JsonProperty public int getFailuresKept() { return failuresKept; }
    @JsonProperty public void setFailuresKept(int n) { this.failuresKept = n; }
}
