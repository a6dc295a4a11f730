package dev.ogi.server.scheduling;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code cluster:} section: how a node takes part in a cluster when the database is PostgreSQL
 * (Quartz's clustered JDBC job store shares the schedules and the round's shards). Ignored on SQLite.
 */
public class ClusterConfiguration {

    /** This node's name in Quartz's tables (unique per node); empty for host name and start time. */
    private String nodeName;

    /** Into how many shard jobs a round's units are split (units sharing a host stay in one shard). */
    @Min(1) @Max(1024)
    private int shards = 16;

    /** How often a node tells the others it is alive; a node silent for longer has its work recovered. */
    @NotNull
    private Duration checkinInterval = Duration.milliseconds(7500);

    /** Quartz's worker threads on this node: shards and scheduled jobs that run at once. */
    @Min(1) @Max(64)
    private int threadCount = 4;

    @JsonProperty public String getNodeName() { return nodeName; }
    @JsonProperty public void setNodeName(String nodeName) { this.nodeName = nodeName; }
    @JsonProperty public int getShards() { return shards; }
    @JsonProperty public void setShards(int shards) { this.shards = shards; }
    @JsonProperty public Duration getCheckinInterval() { return checkinInterval; }
    @JsonProperty public void setCheckinInterval(Duration checkinInterval) { this.checkinInterval = checkinInterval; }
    @JsonProperty public int getThreadCount() { return threadCount; }
    @JsonProperty public void setThreadCount(int threadCount) { this.threadCount = threadCount; }
}
