package dev.ogi.server.bulletins;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The SMTP server bulletins are sent through ({@code mail:} in the configuration). With no host
 * nothing is sent: copies stay queued in the outbox until a host is configured.
 */
public class MailConfiguration {

    /** How the connection is secured. */
    public enum Tls { none, starttls, ssl }

    private String host;

    @Min(1)
    @Max(65535)
    private int port = 25;

    @NotNull
    private Tls tls = Tls.none;

    private String username;

    private String password;

    @NotNull
    private String from = "ogi@localhost";

    /** Connect and read timeout, in milliseconds. */
    @Min(100)
    private int timeoutMillis = 15000;

    /** Derived, not a setting: kept out of the YAML so the default configuration reads back. */
    @JsonIgnore
    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    @JsonProperty public String getHost() { return host; }
    @JsonProperty public void setHost(String host) { this.host = host; }
    @JsonProperty public int getPort() { return port; }
    @JsonProperty public void setPort(int port) { this.port = port; }
    @JsonProperty public Tls getTls() { return tls; }
    @JsonProperty public void setTls(Tls tls) { this.tls = tls; }
    @JsonProperty public String getUsername() { return username; }
    @JsonProperty public void setUsername(String username) { this.username = username; }
    @JsonProperty public String getPassword() { return password; }
    @JsonProperty public void setPassword(String password) { this.password = password; }
    @JsonProperty public String getFrom() { return from; }
    @JsonProperty public void setFrom(String from) { this.from = from; }
    @JsonProperty public int getTimeoutMillis() { return timeoutMillis; }
    @JsonProperty public void setTimeoutMillis(int timeoutMillis) { this.timeoutMillis = timeoutMillis; }
}
