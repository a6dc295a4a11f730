package dev.ogi.server.health;

import com.codahale.metrics.health.HealthCheck;
import dev.ogi.server.scheduling.JobScheduler;

/** Quartz must be running where scheduling is enabled, or no crawl or bulletin goes out. */
public class SchedulerHealthCheck extends HealthCheck {

    private final JobScheduler scheduler;

    public SchedulerHealthCheck(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected Result check() {
        if (!scheduler.isEnabled()) {
            return Result.healthy("scheduling disabled by configuration (schedulerEnabled: false)");
        }
        return scheduler.isRunning() ? Result.healthy("Quartz running") : Result.unhealthy("Quartz is not running");
    }
}
