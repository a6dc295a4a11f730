package dev.ogi.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The {@code auth:} section of the configuration. */
public class AuthConfiguration {

    /**
     * PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP 2023: at least 210,000).
     * Stored hashes keep their own count and are upgraded at the next successful login.
     */
    @Min(1000)
    private int pbkdf2Iterations = 210_000;

    /** A session ends after this long without a request. */
    @NotNull
    private Duration sessionIdleTimeout = Duration.hours(8);

    /** Mark the session cookie Secure even when the request reached us as http (behind a TLS proxy). */
    private boolean secureCookie = false;

    /** Failed logins in a row for one account before it is locked for {@link #lockout}. */
    @Min(1)
    private int maxFailedLogins = 5;

    @NotNull
    private Duration lockout = Duration.minutes(5);

    @JsonProperty public int getPbkdf2Iterations() { return pbkdf2Iterations; }
    @JsonProperty public void setPbkdf2Iterations(int pbkdf2Iterations) { this.pbkdf2Iterations = pbkdf2Iterations; }
    @JsonProperty public Duration getSessionIdleTimeout() { return sessionIdleTimeout; }
    @JsonProperty public void setSessionIdleTimeout(Duration sessionIdleTimeout) { this.sessionIdleTimeout = sessionIdleTimeout; }
    @JsonProperty public boolean isSecureCookie() { return secureCookie; }
    @JsonProperty public void setSecureCookie(boolean secureCookie) { this.secureCookie = secureCookie; }
    @JsonProperty public int getMaxFailedLogins() { return maxFailedLogins; }
    @JsonProperty public void setMaxFailedLogins(int maxFailedLogins) { this.maxFailedLogins = maxFailedLogins; }
    @JsonProperty public Duration getLockout() { return lockout; }
    @JsonProperty public void setLockout(Duration lockout) { this.lockout = lockout; }
}
