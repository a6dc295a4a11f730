package dev.ogi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.crawlers.sim.SiteScenario;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.db.PostgresRequired;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes on one real PostgreSQL, crawling simulated websites: node B in this JVM, node A a process
 * of its own. A round started on B is shared by both through Quartz's clustered job store; A is
 * killed (SIGKILL) while it runs shards, B recovers them, and the round finishes with every unit
 * checked exactly once. The provincial platform, shared by several units, is one shard's, so its
 * politeness holds across the nodes. One bulletin is issued once across the two.
 */
@PostgresRequired
@EnabledIfSystemProperty(named = "ogi.test.database", matches = "postgresql",
        disabledReason = "runs in the PostgreSQL surefire execution")
class ClusterFailoverTest {

    static final LocalDate DAY = LocalDate.of(2007, 11, 15);
    static final String PLATFORM = "xxgk.sc.gov.cn";
    static final int CITIES = 16;
    static final int DEPARTMENTS = 6;
    static final ObjectMapper JSON = new ObjectMapper();

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        java.util.Collections.reverse(toClose);
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private static List<SiteScenario> sites() {
        List<SiteScenario> sites = new ArrayList<>();
        for (int i = 1; i <= CITIES; i++) {
            sites.add(SiteScenario.builder(String.format("c%02d", i), "测试市" + i + "人民政府", String.format("www.city%02d.gov.cn", i))
                    .ogiLocation(i % 2 == 0 ? SiteScenario.OgiLocation.SUBDOMAIN : SiteScenario.OgiLocation.SECTION)
                    .catalogueEntries(20 + i).build());
        }
        for (int i = 1; i <= DEPARTMENTS; i++) {
            sites.add(SiteScenario.builder(String.format("d%02d", i), "测试厅" + i, String.format("www.dept%02d.gov.cn", i))
                    .ogiLocation(SiteScenario.OgiLocation.PLATFORM).catalogueEntries(18).build());
        }
        return sites;
    }

    private static String registry(List<SiteScenario> sites) {
        StringBuilder csv = new StringBuilder("code,name,group,homepage,ogiUrl\n");
        for (SiteScenario s : sites) {
            boolean department = s.code().startsWith("d");
            csv.append(s.code()).append(',').append(s.unitName()).append(',').append(department ? "省直部门" : "市州").append(',')
                    .append(s.homepage()).append(',').append(department ? s.ogiBase() : "").append('\n');
        }
        return csv.toString();
    }

    @Test
    void aRoundSurvivesTheDeathOfANodeAndOneBulletinIsIssued() throws Exception {
        List<SiteScenario> sites = sites();
        SimulatedWeb web = SimulatedWeb.start(DAY).sites(sites);
        toClose.add(web::close);
        ClusterNodes cluster = new ClusterNodes(Map.of("asOf", DAY.toString(), "crawler.proxy", web.proxy(),
                "crawler.delay", "200ms", "crawler.readTimeout", "5s", "crawler.pageBudget", "20",
                "cluster.shards", "8", "cluster.threadCount", "2"));
        DropwizardAppExtension<OgiConfiguration> b = cluster.inProcess("node-b");
        b.before();
        toClose.add(b::after);
        Response imported = TestApp.asOffice(b, "/units/import").request()
                .post(Entity.entity(registry(sites).getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertThat(imported.getStatus()).isEqualTo(200);
        ClusterNodes.Child a = cluster.process("node-a");
        toClose.add(a::kill);
        Jdbi db = cluster.jdbi();

        // one bulletin, asked of both nodes at once
        CompletableFuture<HttpResponse<String>> onA = CompletableFuture.supplyAsync(() -> call(a, "POST", "/bulletins"));
        HttpResponse<String> onB = ClusterNodes.api(b.getLocalPort(), "POST", "/bulletins", TestApp.OFFICE_USER, TestApp.PASSWORD);
        JsonNode bulletinB = JSON.readTree(onB.body());
        JsonNode bulletinA = JSON.readTree(onA.get().body());
        assertThat(List.of(onB.statusCode(), onA.get().statusCode())).containsExactlyInAnyOrder(201, 200);
        assertThat(bulletinA.at("/bulletin/id").asLong()).isPositive().isEqualTo(bulletinB.at("/bulletin/id").asLong());
        assertThat(count(db, "SELECT count(*) FROM bulletins")).isEqualTo(1);

        // a round started on B; A reports it and takes shards
        Response started = TestApp.asOffice(b, "/crawls").request().post(Entity.json("{}"));
        assertThat(started.getStatus()).isEqualTo(202);
        long round = JSON.readTree(started.readEntity(String.class)).get("id").asLong();
        JsonNode currentOnA = JSON.readTree(call(a, "GET", "/crawls/current").body());
        assertThat(currentOnA.get("running").asBoolean()).isTrue();
        assertThat(currentOnA.get("unitsTotal").asInt()).isEqualTo(CITIES + DEPARTMENTS);
        long startedNanos = System.nanoTime();
        List<String> heldByA = awaitShardsRunningOn(db, "node-a");
        Thread.sleep(1500);
        a.kill();
        long killedNanos = System.nanoTime();
        int storedAtKill = count(db, "SELECT count(*) FROM site_checks WHERE round_id = " + round);

        JsonNode end = awaitRoundEnd(b);
        System.out.printf("cluster round: node-a killed %.1f s after the start holding %s, %d units stored then; "
                + "round ended %.1f s after the kill; shards: %s%n", (killedNanos - startedNanos) / 1e9, heldByA, storedAtKill,
                (System.nanoTime() - killedNanos) / 1e9, db.withHandle(h -> h.createQuery(
                        "SELECT shard || ':' || hosts || 'h:' || coalesce(node, '-') FROM crawl_shards ORDER BY shard")
                        .mapTo(String.class).list()));
        // per shard: units, pages, first check started and last check finished (the round's timeline)
        db.useHandle(h -> h.createQuery("SELECT s.shard, count(c.id), sum(c.pages_fetched), min(c.started_at), max(c.finished_at) "
                + "FROM crawl_shards s JOIN site_checks c ON c.round_id = s.round_id "
                + "AND ',' || s.unit_codes || ',' LIKE '%,' || c.unit_code || ',%' GROUP BY s.shard ORDER BY s.shard")
                .map((rs, ctx) -> String.format("shard %d: %d units, %d pages, %s .. %s", rs.getInt(1), rs.getInt(2),
                        rs.getInt(3), rs.getString(4), rs.getString(5))).list().forEach(System.out::println));
        assertThat(end.get("status").asText()).isEqualTo("finished");
        assertThat(end.get("unitsDone").asInt()).isEqualTo(CITIES + DEPARTMENTS);
        assertThat(end.get("unitsTotal").asInt()).isEqualTo(CITIES + DEPARTMENTS);
        assertThat(count(db, "SELECT count(*) FROM crawl_rounds")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM site_checks WHERE round_id = " + round)).isEqualTo(CITIES + DEPARTMENTS);
        assertThat(count(db, "SELECT count(DISTINCT unit_code) FROM site_checks WHERE round_id = " + round))
                .isEqualTo(CITIES + DEPARTMENTS);
        assertThat(count(db, "SELECT count(*) FROM site_checks WHERE round_id = " + round + " AND guide_found = 1"))
                .isEqualTo(CITIES + DEPARTMENTS);
        // the shards A held when it died were finished by B
        for (String job : heldByA) {
            int shard = Integer.parseInt(job.substring(job.lastIndexOf('-') + 1));
            String finishedBy = db.withHandle(h -> h.createQuery("SELECT node FROM crawl_shards WHERE round_id = :r AND shard = :s")
                    .bind("r", round).bind("s", shard).mapTo(String.class).one());
            assertThat(finishedBy).as("shard %s, held by node-a when it died", job).isEqualTo("node-b");
        }
        assertThat(storedAtKill).isLessThan(CITIES + DEPARTMENTS);
        assertPoliteOnPlatform(web);
    }

    /** Requests to the shared platform host, from both nodes, never closer than the crawler's delay allows. */
    private static void assertPoliteOnPlatform(SimulatedWeb web) {
        List<SimulatedWeb.RequestRecord> requests = new ArrayList<>(web.requestsTo(PLATFORM));
        requests.sort(java.util.Comparator.comparingLong(SimulatedWeb.RequestRecord::nanoTime));
        assertThat(requests).hasSizeGreaterThan(DEPARTMENTS);
        for (int i = 1; i < requests.size(); i++) {
            long gapMillis = (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
            assertThat(gapMillis).as("gap before request %d to %s", i, PLATFORM).isGreaterThanOrEqualTo(150);
        }
    }

    private static List<String> awaitShardsRunningOn(Jdbi db, String node) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<String> jobs = db.withHandle(h -> h.createQuery("SELECT job_name FROM qrtz_fired_triggers "
                    + "WHERE instance_name = :node AND state = 'EXECUTING' AND job_group = 'crawl-shards'")
                    .bind("node", node).mapTo(String.class).list());
            if (!jobs.isEmpty()) {
                return jobs;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(node + " never ran a shard");
    }

    private static JsonNode awaitRoundEnd(DropwizardAppExtension<OgiConfiguration> node) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonNode current = TestApp.asOffice(node, "/crawls/current").request().get(JsonNode.class);
            if (!current.get("running").asBoolean()) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the round did not end within 2 minutes");
    }

    private static HttpResponse<String> call(ClusterNodes.Child node, String method, String path) {
        try {
            return node.api(method, path, TestApp.OFFICE_USER, TestApp.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(node.node() + ": " + method + " " + path + ": " + e + "\n" + node.logTail(), e);
        }
    }

    private static int count(Jdbi db, String sql) {
        return db.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
