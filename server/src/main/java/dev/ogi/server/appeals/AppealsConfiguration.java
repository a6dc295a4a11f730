package dev.ogi.server.appeals;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code appeals:} how long the office has to decide an appeal before it shows as overdue. */
public class AppealsConfiguration {

    @Min(1)
    @Max(365)
    private int overdueAfterDays = 10;

    @JsonProperty public int getOverdueAfterDays() { return overdueAfterDays; }
    @JsonProperty public void setOverdueAfterDays(int overdueAfterDays) { this.overdueAfterDays = overdueAfterDays; }
}
