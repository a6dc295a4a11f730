package dev.ogi.server.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.ogi.server.db.Database;
import dev.ogi.server.db.PostgresRequired;
import dev.ogi.server.db.PostgresTestDatabase;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two clustered schedulers on one PostgreSQL schema, each over its own application pool, as two nodes. */
@PostgresRequired
class ClusteredSchedulerTest {

    private final List<ManagedDataSource> pools = new CopyOnWriteArrayList<>();
    private final List<JobScheduler> nodes = new CopyOnWriteArrayList<>();
    private DataSourceFactory database;

    @BeforeEach
    void schema() {
        database = new DataSourceFactory();
        database.setDriverClass("org.postgresql.Driver");
        database.setUrl(PostgresTestDatabase.newSchema());
        database.setUser(PostgresTestDatabase.user());
        database.setPassword(PostgresTestDatabase.password());
        Database.migrate(database);
    }

    @AfterEach
    void stop() throws Exception {
        for (JobScheduler node : nodes) {
            node.stop();
        }
        for (ManagedDataSource pool : pools) {
            pool.stop();
        }
    }

    private JobScheduler node(String name) throws Exception {
        ManagedDataSource pool = database.build(new MetricRegistry(), name);
        pool.start();
        pools.add(pool);
        ClusterConfiguration cluster = new ClusterConfiguration();
        cluster.setNodeName(name);
        cluster.setCheckinInterval(Duration.seconds(1));
        JobScheduler node = new JobScheduler(true, pool, cluster);
        nodes.add(node);
        return node;
    }

    @Test
    void aCronJobFiresOnOneNodeAtATime() throws Exception {
        Map<String, Integer> runs = new ConcurrentHashMap<>();
        List<String> overlapping = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        for (String name : List.of("node-a", "node-b")) {
            JobScheduler node = node(name);
            node.schedule("tick", "0/1 * * * * ?", () -> {
                if (inside.incrementAndGet() > 1) {
                    overlapping.add(name);
                }
                runs.merge(name, 1, Integer::sum);
                sleep(1500);
                inside.decrementAndGet();
            });
            assertThat(node.isClustered()).isTrue();
            assertThat(node.nodeName()).isEqualTo(name);
        }
        for (JobScheduler node : nodes) {
            node.start();
        }
        Thread.sleep(7000);
        assertThat(overlapping).isEmpty();
        int total = runs.values().stream().mapToInt(Integer::intValue).sum();
        // 1.5 s a run, never two at once: at most about 7 / 1.5 runs in all, from both nodes together
        assertThat(total).isBetween(2, 5);
        Jdbi jdbi = Jdbi.create(database.getUrl(), database.getUser(), database.getPassword());
        List<String> checkedIn = jdbi.withHandle(h -> h.createQuery(
                "SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name").mapTo(String.class).list());
        assertThat(checkedIn).containsExactly("node-a", "node-b");
    }

    @Test
    void aRecoverableJobRunsOnceWithItsData() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        for (String name : List.of("node-a", "node-b")) {
            JobScheduler node = node(name);
            node.handle("shard", (data, recovering) -> {
                count.incrementAndGet();
                seen.put("units", data.get("units"));
                seen.put("job", data.get(JobScheduler.JOB_GROUP_KEY) + "/" + data.get(JobScheduler.JOB_NAME_KEY));
            });
            node.start();
        }
        nodes.get(0).submitRecoverable("round-7", "shard-3", "shard", Map.of("units", "510100,510300"));
        for (int i = 0; i < 100 && count.get() == 0; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        assertThat(count.get()).isEqualTo(1);
        assertThat(seen).containsEntry("units", "510100,510300").containsEntry("job", "round-7/shard-3");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
