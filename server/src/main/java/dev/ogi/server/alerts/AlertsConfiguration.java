package dev.ogi.server.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code alerts:} when units are reminded (催办) before a deadline. */
public class AlertsConfiguration {

    @Min(0)
    @Max(90)
    private int dueWithinDays = 7;

    /** A unit with items still missing is reminded this many days (or fewer) before the deadline. */
    @JsonProperty public int getDueWithinDays() { return dueWithinDays; }
    @JsonProperty public void setDueWithinDays(int dueWithinDays) { this.dueWithinDays = dueWithinDays; }
}
