package dev.ogi.server.scheduling;

import io.dropwizard.lifecycle.Managed;
import java.util.Properties;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, managed by Dropwizard. Features register plain {@link Runnable} tasks by name with a
 * cron expression; a task never runs twice at once. The job store is Quartz's in-memory one;
 * a clustered deployment swaps in the JDBC job store through these properties.
 */
public final class JobScheduler implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    private static final String GROUP = "ogi";
    /** China Standard Time: schedules such as "Monday 09:00" are the office's hours. */
    public static final TimeZone OFFICE_TIME_ZONE = TimeZone.getTimeZone("Asia/Shanghai");

    private final Scheduler scheduler;
    private final boolean enabled;

    public JobScheduler(boolean enabled) {
        this.enabled = enabled;
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "ogi-scheduler");
        properties.setProperty("org.quartz.threadPool.threadCount", "3");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        try {
            this.scheduler = new StdSchedulerFactory(properties).getScheduler();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not be created: " + e.getMessage(), e);
        }
    }

    /**
     * Registers a task to run on a cron schedule (Quartz syntax, in China Standard Time).
     *
     * @throws IllegalArgumentException when the cron expression is not valid, naming it
     */
    public void schedule(String jobName, String cron, Runnable task) {
        if (!org.quartz.CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("schedule of job " + jobName + " is not a valid Quartz cron expression: \"" + cron + "\"");
        }
        register(jobName, task);
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(jobName, GROUP)
                .forJob(jobName, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(OFFICE_TIME_ZONE)
                        .withMisfireHandlingInstructionDoNothing())
                .build();
        try {
            scheduler.scheduleJob(trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("job " + jobName + " could not be scheduled: " + e.getMessage(), e);
        }
    }

    /** Registers a task that runs only when triggered. */
    public void register(String jobName, Runnable task) {
        try {
            scheduler.getContext().put(jobName, task);
            JobDetail job = JobBuilder.newJob(RunnableJob.class)
                    .withIdentity(jobName, GROUP)
                    .usingJobData(RunnableJob.TASK_KEY, jobName)
                    .storeDurably()
                    .build();
            scheduler.addJob(job, true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("job " + jobName + " could not be registered: " + e.getMessage(), e);
        }
    }

    /** Runs a registered task now, in the scheduler's threads. */
    public void triggerNow(String jobName) {
        try {
            scheduler.triggerJob(JobKey.jobKey(jobName, GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("job " + jobName + " could not be triggered: " + e.getMessage(), e);
        }
    }

    public boolean isRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void start() throws SchedulerException {
        if (enabled) {
            scheduler.start();
        }
    }

    @Override
    public void stop() throws SchedulerException {
        scheduler.shutdown(true);
    }

    /** The Quartz job that runs a task registered by name in the scheduler's context. */
    @DisallowConcurrentExecution
    public static final class RunnableJob implements Job {
        static final String TASK_KEY = "task";

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            String name = context.getMergedJobDataMap().getString(TASK_KEY);
            try {
                Runnable task = (Runnable) context.getScheduler().getContext().get(name);
                if (task == null) {
                    throw new JobExecutionException("no task registered as " + name);
                }
                task.run();
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            } catch (RuntimeException e) {
                LOG.error("scheduled job {} failed", name, e);
                throw new JobExecutionException(e);
            }
        }
    }
}
