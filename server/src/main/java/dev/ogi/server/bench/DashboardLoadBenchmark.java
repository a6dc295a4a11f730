package dev.ogi.server.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load benchmark of the dashboard's busiest API calls against a server that is already running
 * (it starts nothing itself): concurrent signed-in clients on loopback request the overview's
 * {@code /api/progress} and the rankings' {@code /api/rankings} in turn, as browsers would
 * (session cookie, gzip), and the latency percentiles of each are printed.
 *
 * <pre>
 * java -cp server/target/ogi-server.jar dev.ogi.server.bench.DashboardLoadBenchmark \
 *     [--url http://127.0.0.1:8080] [--user office] [--password demo] [--clients 16] [--requests 400]
 * </pre>
 * {@code --requests} is per client and per endpoint. Only loopback URLs are accepted.
 */
public final class DashboardLoadBenchmark {

    private static final String[] PATHS = {"/api/progress", "/api/rankings"};

    private DashboardLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:8080");
        String user = option(args, "--user", "office");
        String password = option(args, "--password", "demo");
        int clients = Math.min(64, Math.max(1, Integer.parseInt(option(args, "--clients", "16"))));
        int requests = Math.min(100_000, Math.max(1, Integer.parseInt(option(args, "--requests", "400"))));
        String host = URI.create(url).getHost();
        if (!List.of("127.0.0.1", "localhost", "::1", "[::1]").contains(host)) {
            throw new IllegalArgumentException("the benchmark only loads a server on loopback, not " + host);
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[][]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> runClient(url, user, password, requests)));
        }
        long started = System.nanoTime();
        long[][] all = new long[PATHS.length][];
        for (int p = 0; p < PATHS.length; p++) {
            all[p] = new long[0];
        }
        for (Future<long[][]> future : results) {
            long[][] one = future.get();
            for (int p = 0; p < PATHS.length; p++) {
                long[] merged = Arrays.copyOf(all[p], all[p].length + one[p].length);
                System.arraycopy(one[p], 0, merged, all[p].length, one[p].length);
                all[p] = merged;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        System.out.printf("%d clients x %d requests per endpoint against %s (after %d warm-up requests per client)%n",
                clients, requests, url, WARMUP);
        for (int p = 0; p < PATHS.length; p++) {
            long[] latencies = all[p];
            Arrays.sort(latencies);
            System.out.printf("%-15s n=%6d  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", PATHS[p],
                    latencies.length, ms(percentile(latencies, 50)), ms(percentile(latencies, 90)),
                    ms(percentile(latencies, 99)), ms(latencies[latencies.length - 1]));
        }
        System.out.printf("throughput: %.0f requests/s over %.1f s%n", clients * requests * PATHS.length / seconds, seconds);
    }

    private static final int WARMUP = 20;

    /** One browser-like client: signs in once, then alternates the two calls; latencies in ns. */
    private static long[][] runClient(String url, String user, String password, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        String body = "{\"username\":\"" + json(user) + "\",\"password\":\"" + json(password) + "\"}";
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + user + " failed: HTTP " + login.statusCode() + " " + login.body());
        }
        long[][] latencies = new long[PATHS.length][requests];
        for (int i = -WARMUP; i < requests; i++) {
            for (int p = 0; p < PATHS.length; p++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + PATHS[p]))
                        .header("X-Requested-With", "XMLHttpRequest").header("Accept-Encoding", "gzip").GET().build();
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long elapsed = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(PATHS[p] + " answered HTTP " + response.statusCode());
                }
                if (i >= 0) {
                    latencies[p][i] = elapsed;
                }
            }
        }
        return latencies;
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
