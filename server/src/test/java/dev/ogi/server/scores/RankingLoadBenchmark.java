package dev.ogi.server.scores;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.bench.SyntheticCampaignData;
import dev.ogi.reports.score.CheckSnapshot;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.db.Database;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A benchmark, not a test (it asserts only that the answers are right, never how fast): the real
 * application on loopback with 2,000 units and 100 crawl rounds of history in its SQLite file,
 * {@code GET /api/rankings?group=...} from concurrent clients, p50/p99 printed beside the floor: the
 * same bytes as a static file served by the same server to the same clients (one JDK HttpClient,
 * the same headers and cookie). {@code -Dogi.benchmark.jfr=FILE} writes a flight recording of the
 * measured phases. Off by default:
 *
 * <pre>mvn -B -o -pl server -am test -Dtest=RankingLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dogi.benchmark=true</pre>
 *
 * Options: {@code -Dogi.benchmark.units=2000 -Dogi.benchmark.rounds=100 -Dogi.benchmark.clients=8
 * -Dogi.benchmark.requests=4000}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@EnabledIfSystemProperty(named = "ogi.benchmark", matches = "true")
class RankingLoadBenchmark {

    private static final int UNITS = Integer.getInteger("ogi.benchmark.units", 2000);
    private static final int ROUNDS = Integer.getInteger("ogi.benchmark.rounds", 100);
    private static final int CLIENTS = Integer.getInteger("ogi.benchmark.clients", 8);
    private static final int REQUESTS = Integer.getInteger("ogi.benchmark.requests", 4000);
    /** As a browser asks (its fetch always accepts gzip); false: uncompressed, as a bare script asks. */
    private static final boolean GZIP = Boolean.parseBoolean(System.getProperty("ogi.benchmark.gzip", "true"));

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(
            ConfigOverride.config("asOf", SyntheticCampaignData.roundDays(ROUNDS).get(ROUNDS - 1).toString()));

    @Test
    void rankingsUnderConcurrentLoad() throws Exception {
        long loadStart = System.nanoTime();
        List<UnitFacts> facts = SyntheticCampaignData.generate(UNITS, ROUNDS, 2007);
        store(facts);
        System.out.printf("stored %d units x %d rounds in %.1f s%n", UNITS, ROUNDS, (System.nanoTime() - loadStart) / 1e9);

        String[] groups = SyntheticCampaignData.GROUPS;
        long first = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            // the first call computes the snapshot; on a busy machine it may outlast the client's read timeout
            try (Response response = target(groups[0]).get()) {
                assertThat(response.getStatus()).isEqualTo(200);
                System.out.printf("first call (loads the facts, scores every unit at every round, ranks): %.0f ms, "
                        + "%d bytes%n", (System.nanoTime() - first) / 1e6, response.readEntity(byte[].class).length);
                break;
            } catch (jakarta.ws.rs.ProcessingException timeout) {
                if (attempt == 5) {
                    throw timeout;
                }
            }
        }
        // the floor: the same bytes on the wire as a static file, served by the same server to the same
        // clients; with gzip the file holds the gzipped answer (.gz: served as it is, not compressed per request)
        byte[] sample = wire(groups[0], "identity");
        byte[] onTheWire = GZIP ? wire(groups[0], "gzip") : sample;
        String floorName = GZIP ? "bench-floor.json.gz" : "bench-floor.json";
        java.nio.file.Path floorFile = java.nio.file.Path.of(RankingLoadBenchmark.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI()).resolve("web/" + floorName);
        java.nio.file.Files.createDirectories(floorFile.getParent());
        java.nio.file.Files.write(floorFile, onTheWire);
        System.out.printf("one group's answer: %d bytes, %d on the wire%n", sample.length, onTheWire.length);
        HttpRequest floorRequest = request("/" + floorName);
        HttpRequest[] rankingRequests = java.util.Arrays.stream(groups)
                .map(g -> request("/api/rankings?group=" + java.net.URLEncoder.encode(g, java.nio.charset.StandardCharsets.UTF_8)))
                .toArray(HttpRequest[]::new);
        try {
            assertThat(HTTP.send(floorRequest, HttpResponse.BodyHandlers.ofByteArray()).body()).hasSize(onTheWire.length);
            measure(i -> floorRequest, 200);                              // warm-up of both through this client
            measure(i -> rankingRequests[i % groups.length], 200);  // every group's body encoded, JIT warm
            jdk.jfr.Recording recording = startRecording();
            long floorStart = System.currentTimeMillis();
            List<Long> floor = measure(i -> floorRequest, REQUESTS);
            long rankingStart = System.currentTimeMillis();
            List<Long> sorted = measure(i -> rankingRequests[i % groups.length], REQUESTS);
            stopRecording(recording, floorStart, rankingStart);
            System.out.printf("load average %s (2 cores shared)%n", java.nio.file.Files.readString(
                    java.nio.file.Path.of("/proc/loadavg")).strip());
            System.out.println((GZIP ? "Accept-Encoding: gzip (as a browser asks)" : "Accept-Encoding: identity")
                    + "; client: one JDK HttpClient (HTTP/1.1) for both, the same headers and session cookie");
            print("GET /api/rankings?group=… ", sorted, sample.length);
            print("floor: static file, same bytes on the wire", floor, sample.length);
            System.out.printf("p99 / floor p99 %.2fx%n", percentile(sorted, 0.99) / percentile(floor, 0.99));
            APP.getEnvironment().metrics().getTimers((name, metric) -> name.contains("ScoreResource.rankings")
                    || name.contains("RankingList")).forEach((name, timer) ->
                    System.out.printf("inside the server, %s: p50 %.2f ms, p99 %.2f ms%n",
                            name.substring(name.lastIndexOf('.') + 1), timer.getSnapshot().getMedian() / 1e6,
                            timer.getSnapshot().get99thPercentile() / 1e6));
            assertThat(sorted).hasSize(REQUESTS / CLIENTS * CLIENTS);
            assertThat(floor).hasSize(REQUESTS / CLIENTS * CLIENTS);
        } finally {
            java.nio.file.Files.deleteIfExists(floorFile);
        }
    }

    /** A flight recording of the measured phases when {@code -Dogi.benchmark.jfr=FILE} names where to write it. */
    private static jdk.jfr.Recording startRecording() throws Exception {
        if (System.getProperty("ogi.benchmark.jfr") == null) {
            return null;
        }
        jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private static void stopRecording(jdk.jfr.Recording recording, long floorStart, long rankingStart) throws Exception {
        if (recording != null) {
            recording.dump(java.nio.file.Path.of(System.getProperty("ogi.benchmark.jfr")));
            recording.close();
            System.out.printf("flight recording: floor from %s, rankings from %s%n", java.time.Instant.ofEpochMilli(floorStart),
                    java.time.Instant.ofEpochMilli(rankingStart));
        }
    }

    private static void print(String what, List<Long> sorted, int bytes) {
        System.out.printf("%s: %d requests of %d bytes (uncompressed) from %d concurrent clients (%.0f req/s a client)%n", what,
                sorted.size(), bytes, CLIENTS, 1e9 / (sorted.stream().mapToLong(Long::longValue).sum() / (double) sorted.size()));
        System.out.printf("  latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", percentile(sorted, 0.50),
                percentile(sorted, 0.90), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    /**
     * {@code requests} GETs spread over the clients, each client waiting for its answer before
     * asking again; each latency is until the whole body is read (as sent: gzip is not undone).
     */
    private static List<Long> measure(java.util.function.IntFunction<HttpRequest> request, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> results = new ArrayList<>();
        int perClient = requests / CLIENTS;
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                long[] latencies = new long[perClient];
                for (int i = 0; i < perClient; i++) {
                    HttpRequest next = request.apply(client + i);
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = HTTP.send(next, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200 || response.body().length == 0) {
                        throw new IllegalStateException(next.uri() + " answered " + response.statusCode());
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            Arrays.stream(result.get()).forEach(all::add);
        }
        pool.shutdown();
        return all.stream().sorted().collect(Collectors.toList());
    }

    /**
     * One client for the floor and the rankings alike, each request built once: the JDK's. (The
     * JAX-RS client built a WebTarget with a query parameter and a property per request, and Jersey
     * then builds a new client runtime each time, scanning the class path: 92% of the client's CPU
     * and young-GC pauses of 50-180 ms, while the floor went through another client.)
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A GET as a signed-in browser sends it: the session cookie, and gzip accepted unless switched off. */
    private static HttpRequest request(String pathAndQuery) {
        return HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + APP.getLocalPort() + pathAndQuery))
                .timeout(java.time.Duration.ofMinutes(2)).header("Cookie", "ogi_session=" + session)
                .header("Accept-Encoding", GZIP ? "gzip" : "identity").GET().build();
    }

    /** One group's answer as sent for this Accept-Encoding. */
    private static byte[] wire(String group, String acceptEncoding) {
        try (Response response = TestApp.anonymous(APP, "/rankings").queryParam("group", group).request()
                .cookie("ogi_session", session).header("Accept-Encoding", acceptEncoding).get()) {
            return response.readEntity(byte[].class);
        }
    }

    private static volatile String session;

    /** As a browser asks: signed in once with the form login, then the session cookie on every request. */
    private static jakarta.ws.rs.client.Invocation.Builder target(String group) {
        if (session == null) {
            TestApp.asOffice(APP, "/session").request().get().close();    // creates the office account
            try (Response signIn = TestApp.anonymous(APP, "/session").request().post(jakarta.ws.rs.client.Entity.json(
                    java.util.Map.of("username", TestApp.OFFICE_USER, "password", TestApp.PASSWORD)))) {
                assertThat(signIn.getStatus()).isEqualTo(200);
                session = signIn.getCookies().get("ogi_session").getValue();
            }
        }
        return TestApp.anonymous(APP, "/rankings").queryParam("group", group)
                .property(org.glassfish.jersey.client.ClientProperties.READ_TIMEOUT, 120_000)
                .request().cookie("ogi_session", session).header("Accept-Encoding", GZIP ? "gzip" : "identity");
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void store(List<UnitFacts> facts) {
        Jdbi jdbi = Database.configure(TestApp.rawJdbi(APP));
        jdbi.useTransaction(handle -> {
            PreparedBatch units = handle.prepareBatch("INSERT INTO units (code, name, short_name, unit_group, active, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, 1, '2007-09-19T00:00:00Z', '2007-09-19T00:00:00Z')");
            for (UnitFacts unit : facts) {
                units.add(unit.unit().code(), unit.unit().name(), unit.unit().shortName(), unit.unit().group());
            }
            units.execute();
            List<LocalDate> days = SyntheticCampaignData.roundDays(ROUNDS);
            PreparedBatch rounds = handle.prepareBatch("INSERT INTO crawl_rounds (id, started_at, finished_at, as_of, "
                    + "trigger_source, status) VALUES (?, ?, ?, ?, 'schedule', 'finished')");
            for (int r = 0; r < days.size(); r++) {
                rounds.add(r + 1, days.get(r) + "T01:00:00Z", days.get(r) + "T02:00:00Z", days.get(r).toString());
            }
            rounds.execute();
            PreparedBatch checks = handle.prepareBatch("INSERT INTO site_checks (id, round_id, unit_code, as_of, started_at, "
                    + "finished_at, reachable, ogi_column, carried_over, guide_found, guide_url, guide_elements, "
                    + "catalogue_found, catalogue_url, catalogue_entries, catalogue_fields) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (UnitFacts unit : facts) {
                for (CheckSnapshot c : unit.checks()) {
                    String at = c.asOf() + "T01:30:00Z";
                    checks.add(c.checkId(), c.roundId(), unit.unit().code(), c.asOf().toString(), at, at,
                            c.reachable() ? 1 : 0, c.ogiColumn() ? 1 : 0, c.carriedOver() ? 1 : 0, c.guideFound() ? 1 : 0,
                            c.guideUrl(), c.guideElements().stream().sorted().collect(Collectors.joining(",")),
                            c.catalogueFound() ? 1 : 0, c.catalogueUrl(), c.catalogueEntries(),
                            c.catalogueFields().stream().sorted().collect(Collectors.joining(",")));
                }
            }
            checks.execute();
        });
    }
}
