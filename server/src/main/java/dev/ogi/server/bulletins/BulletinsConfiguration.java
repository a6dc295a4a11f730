package dev.ogi.server.bulletins;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** {@code bulletins:} in the configuration: when bulletins are issued, by whom, and how they are delivered. */
public class BulletinsConfiguration {

    /** Regular bulletins (Quartz cron, China Standard Time): every Monday 09:00 while the campaign runs. */
    @NotBlank
    private String schedule = "0 0 9 ? * MON";

    /** Also issue one on the day after each milestone's deadline. */
    private boolean afterDeadlines = true;

    /** When the day-after-deadline check runs (it issues only on such a day). */
    @NotBlank
    private String afterDeadlineSchedule = "0 5 9 * * ?";

    /** Who issues the bulletins, printed on them. */
    @NotBlank
    private String issuer = "四川省人民政府办公厅";

    /** Leaders' e-mail addresses: they receive every bulletin (units receive theirs at the office e-mail). */
    @NotNull
    private List<String> leaders = new ArrayList<>();

    /** A TrueType font (.ttf/.ttc) with Chinese glyphs; empty to look in the usual system folders. */
    private String fontPath;

    /** How often the outbox sends what is due. */
    @NotBlank
    private String outboxSchedule = "0 * * * * ?";

    /** Attempts per copy before giving up (the last error is kept). */
    @Min(1)
    private int maxAttempts = 6;

    /** Wait after the first failure; doubled after each further one. */
    @NotNull
    private Duration retryBackoff = Duration.minutes(2);

    @JsonProperty public String getSchedule() { return schedule; }
    @JsonProperty public void setSchedule(String schedule) { this.schedule = schedule; }
    @JsonProperty public boolean isAfterDeadlines() { return afterDeadlines; }
    @JsonProperty public void setAfterDeadlines(boolean afterDeadlines) { this.afterDeadlines = afterDeadlines; }
    @JsonProperty public String getAfterDeadlineSchedule() { return afterDeadlineSchedule; }
    @JsonProperty public void setAfterDeadlineSchedule(String afterDeadlineSchedule) { this.afterDeadlineSchedule = afterDeadlineSchedule; }
    @JsonProperty public String getIssuer() { return issuer; }
    @JsonProperty public void setIssuer(String issuer) { this.issuer = issuer; }
    @JsonProperty public List<String> getLeaders() { return leaders; }
    @JsonProperty public void setLeaders(List<String> leaders) { this.leaders = leaders; }
    @JsonProperty public String getFontPath() { return fontPath; }
    @JsonProperty public void setFontPath(String fontPath) { this.fontPath = fontPath; }
    @JsonProperty public String getOutboxSchedule() { return outboxSchedule; }
    @JsonProperty public void setOutboxSchedule(String outboxSchedule) { this.outboxSchedule = outboxSchedule; }
    @JsonProperty public int getMaxAttempts() { return maxAttempts; }
    @JsonProperty public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }

    /** The wait after the n-th failed attempt (bulletin copies and alerts): the back-off, doubled each time. */
    public java.time.Duration retryDelayAfter(int failures) {
        return java.time.Duration.ofMillis(retryBackoff.toMilliseconds() * (1L << Math.min(Math.max(failures, 1) - 1, 20)));
    }

    @JsonProperty public Duration getRetryBackoff() { return retryBackoff; }
    @JsonProperty public void setRetryBackoff(Duration retryBackoff) { this.retryBackoff = retryBackoff; }
}
