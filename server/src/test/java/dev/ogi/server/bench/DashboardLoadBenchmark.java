package dev.ogi.server.bench;

import java.net.URI;
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
        // each client signs in once, one after the other (concurrent sign-ins from this JVM's
        // HttpURLConnection met connections closed without an answer), then all run together
        List<String> cookies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            cookies.add(signIn(url, user, password));
        }
        for (String cookie : cookies) {
            results.add(pool.submit(() -> runClient(url, cookie, requests)));
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

    /** One browser-like client with its session: alternates the two calls; latencies in ns. */
    private static long[][] runClient(String url, String cookie, int requests) throws Exception {
        long[][] latencies = new long[PATHS.length][requests];
        for (int i = -WARMUP; i < requests; i++) {
            for (int p = 0; p < PATHS.length; p++) {
                long t0 = System.nanoTime();
                java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(url + PATHS[p]).toURL()
                        .openConnection();
                connection.setRequestProperty("Cookie", cookie);
                connection.setRequestProperty("X-Requested-With", "XMLHttpRequest");
                connection.setRequestProperty("Accept-Encoding", "gzip");
                int status = connection.getResponseCode();
                try (var in = connection.getInputStream()) {
                    in.readAllBytes();
                }
                long elapsed = System.nanoTime() - t0;
                if (status != 200) {
                    throw new IllegalStateException(PATHS[p] + " answered HTTP " + status);
                }
                if (i >= 0) {
                    latencies[p][i] = elapsed;
                }
            }
        }
        return latencies;
    }

    /**
     * Signs in as the login page does and returns the session cookie. (HttpURLConnection here: the
     * JDK 17 HttpClient got empty answers from the server on loopback in our runs; HttpURLConnection
     * keeps connections alive just as well.)
     */
    private static String signIn(String url, String user, String password) throws java.io.IOException {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(url + "/api/session").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        String body = "{\"username\":\"" + json(user) + "\",\"password\":\"" + json(password) + "\"}";
        try (var out = connection.getOutputStream()) {
            out.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        if (status != 200) {
            throw new IllegalStateException("sign-in as " + user + " failed: HTTP " + status);
        }
        String setCookie = connection.getHeaderFields().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(v -> v.startsWith("ogi_session=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("sign-in answered without a session cookie"));
        connection.getInputStream().readAllBytes();
        return setCookie.substring(0, setCookie.indexOf(';') < 0 ? setCookie.length() : setCookie.indexOf(';'));
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
