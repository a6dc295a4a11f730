package dev.ogi.server.scheduling;

import io.dropwizard.lifecycle.Managed;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, managed by Dropwizard. Features register plain {@link Runnable} tasks by name with a
 * cron expression; a task never runs twice at once. On SQLite the job store is Quartz's in-memory
 * one; on PostgreSQL ({@link #clustered}) it is Quartz's clustered JDBC store over the application's
 * pool, so every node shares the schedules (a cron job fires on one node only, and never on two at
 * once) and the recoverable jobs a round is split into ({@link #submitRecoverable}), which another
 * node re-runs when the node running them dies.
 */
public final class JobScheduler implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    private static final String GROUP = "ogi";
    /** The keys under which a {@link DataTask} finds its own job's name and group in its data. */
    public static final String JOB_NAME_KEY = "jobName";
    public static final String JOB_GROUP_KEY = "jobGroup";
    /** China Standard Time: schedules such as "Monday 09:00" are the office's hours. */
    public static final TimeZone OFFICE_TIME_ZONE = TimeZone.getTimeZone("Asia/Shanghai");

    private static final String INSTANCE_NAME = "ogi-scheduler";

    /** A task of a recoverable job: it gets the job's data and whether this run recovers a dead node's. */
    @FunctionalInterface
    public interface DataTask {
        void run(Map<String, String> data, boolean recovering) throws Exception;
    }

    private final Scheduler scheduler;
    private final boolean enabled;
    private final boolean clustered;

    /** The in-memory scheduler of one process (SQLite, commands, the demo). */
    public JobScheduler(boolean enabled) {
        this(enabled, null, new ClusterConfiguration());
    }

    /**
     * With a data source, the clustered scheduler on the PostgreSQL tables of migration V61
     * (Quartz's own tables_postgres.sql); without one, the in-memory scheduler.
     */
    public JobScheduler(boolean enabled, DataSource clusterStore, ClusterConfiguration cluster) {
        this.enabled = enabled;
        this.clustered = clusterStore != null;
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", INSTANCE_NAME);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(clustered ? cluster.getThreadCount() : 3));
        if (clustered) {
            String dataSourceName = "ogi-" + UUID.randomUUID();
            DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PooledConnections(clusterStore));
            String node = cluster.getNodeName();
            properties.setProperty("org.quartz.scheduler.instanceId", node == null || node.isBlank() ? "AUTO" : node);
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
            properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
            properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
            properties.setProperty("org.quartz.jobStore.isClustered", "true");
            properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                    Long.toString(cluster.getCheckinInterval().toMilliseconds()));
            properties.setProperty("org.quartz.jobStore.useProperties", "true");
            properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
            // a node is not woken by a job another node stores: look for new work every 2 s, not 30 s
            properties.setProperty("org.quartz.scheduler.idleWaitTime", "2000");
        } else {
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        }
        try {
            this.scheduler = new StdSchedulerFactory(properties).getScheduler();
            // Quartz keeps schedulers by name in one registry per JVM; every node has the cluster's
            // one name, so two nodes in one JVM (a test) would otherwise get the same scheduler
            SchedulerRepository.getInstance().remove(INSTANCE_NAME);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not be created: " + e.getMessage(), e);
        }
    }

    /** Whether the schedules and jobs live in the shared database (PostgreSQL) rather than in memory. */
    public boolean isClustered() {
        return clustered;
    }

    /** This node's name among the cluster's schedulers (Quartz's instance id). */
    public String nodeName() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
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
            // in a cluster another node may have stored the trigger already: keep it when unchanged
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else if (!(existing instanceof CronTrigger c) || !c.getCronExpression().equals(cron)
                    || !c.getTimeZone().getID().equals(OFFICE_TIME_ZONE.getID())) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
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

    /** Registers the task behind recoverable jobs of one kind ({@link #submitRecoverable}). */
    public void handle(String handlerName, DataTask task) {
        try {
            scheduler.getContext().put(handlerName, task);
        } catch (SchedulerException e) {
            throw new IllegalStateException("handler " + handlerName + " could not be registered: " + e.getMessage(), e);
        }
    }

    /**
     * Stores a durable job that requests recovery and fires it now: on one node of the cluster, and
     * again on another when that node dies before the job ends (Quartz's recovery); the task must
     * therefore be safe to run twice.
     */
    public void submitRecoverable(String group, String name, String handlerName, Map<String, String> data) {
        JobDetail job = JobBuilder.newJob(RunnableJob.class)
                .withIdentity(name, group)
                .usingJobData(RunnableJob.TASK_KEY, handlerName)
                .usingJobData(new JobDataMap(data))
                .storeDurably()
                .requestRecovery()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name, group).forJob(job).startNow().build();
        try {
            scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("job " + group + "." + name + " could not be stored: " + e.getMessage(), e);
        }
    }

    /** Deletes every job of a group (the shards of finished rounds); a job running now is left to end. */
    public void deleteGroup(String group) {
        try {
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                scheduler.deleteJob(key);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("jobs of " + group + " could not be deleted: " + e.getMessage(), e);
        }
    }

    /**
     * Gives a job cut off by this node stopping to the other nodes: this node takes no new work
     * and the job fires again, on whichever node acquires it first.
     */
    public void handOver(JobKey key) {
        try {
            scheduler.standby();
            scheduler.triggerJob(key);
        } catch (SchedulerException e) {
            throw new IllegalStateException("job " + key + " could not be handed over: " + e.getMessage(), e);
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

    /**
     * The Quartz job that runs a task registered by name in the scheduler's context: a
     * {@link Runnable}, or a {@link DataTask} given the job's data. One job never runs twice at once.
     */
    @DisallowConcurrentExecution
    public static final class RunnableJob implements Job {
        static final String TASK_KEY = "task";

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            JobDataMap data = context.getMergedJobDataMap();
            String name = data.getString(TASK_KEY);
            try {
                Object task = context.getScheduler().getContext().get(name);
                if (task instanceof Runnable runnable) {
                    runnable.run();
                } else if (task instanceof DataTask dataTask) {
                    Map<String, String> values = new HashMap<>();
                    data.forEach((k, v) -> values.put(k, String.valueOf(v)));
                    values.put(JOB_NAME_KEY, context.getJobDetail().getKey().getName());
                    values.put(JOB_GROUP_KEY, context.getJobDetail().getKey().getGroup());
                    dataTask.run(values, context.isRecovering());
                } else {
                    throw new JobExecutionException("no task registered as " + name);
                }
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            } catch (Exception e) {
                LOG.error("scheduled job {} failed", name, e);
                throw new JobExecutionException(e);
            }
        }
    }
}
