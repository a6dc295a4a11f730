package dev.ogi.server.cluster;

import dev.ogi.server.OgiApplication;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.db.PostgresTestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Nodes of one cluster on one fresh PostgreSQL schema: in this JVM (a {@link DropwizardAppExtension})
 * or as a process of its own, started like {@code java -jar ogi-server.jar server config.yml} with
 * {@code -Ddw.…} overrides, which a test can kill outright (SIGKILL, no shutdown hook), as a machine
 * that dies.
 */
final class ClusterNodes {

    private final String url = PostgresTestDatabase.newSchema();
    private final Map<String, String> settings = new LinkedHashMap<>();

    ClusterNodes(Map<String, String> shared) {
        settings.put("database.driverClass", "org.postgresql.Driver");
        settings.put("database.url", url);
        settings.put("database.user", PostgresTestDatabase.user());
        settings.put("database.password", PostgresTestDatabase.password());
        settings.put("schedulerEnabled", "true");
        settings.put("cluster.checkinInterval", "1s");
        settings.putAll(shared);
    }

    Jdbi jdbi() {
        return Jdbi.create(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }

    /** A node in this JVM; call {@code before()} to start it. */
    DropwizardAppExtension<OgiConfiguration> inProcess(String node) {
        List<ConfigOverride> overrides = new ArrayList<>();
        settings.forEach((key, value) -> overrides.add(ConfigOverride.config(key, value)));
        overrides.add(ConfigOverride.config("cluster.nodeName", node));
        return new DropwizardAppExtension<>(OgiApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
                overrides.toArray(ConfigOverride[]::new));
    }

    /** A node as a process of its own, serving on a port of its own once {@link Process#isAlive()} and healthy. */
    Child process(String node) throws IOException, InterruptedException {
        int port = freePort();
        int adminPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        settings.forEach((key, value) -> command.add("-Ddw." + key + "=" + value));
        command.add("-Ddw.cluster.nodeName=" + node);
        command.add("-Ddw.logging.level=INFO");
        command.add("-Ddw.server.applicationConnectors[0].port=" + port);
        command.add("-Ddw.server.adminConnectors[0].port=" + adminPort);
        command.add(OgiApplication.class.getName());
        command.add("server");
        command.add(ResourceHelpers.resourceFilePath("test-config.yml"));
        Path log = Files.createTempFile("ogi-" + node, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Child child = new Child(node, process, port, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + node + " ended at start:\n" + child.logTail());
            }
            try {
                if (child.get("http://127.0.0.1:" + adminPort + "/healthcheck", null).statusCode() == 200) {
                    return child;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("node " + node + " did not start within 90 s:\n" + child.logTail());
    }

    /** A node in its own process. */
    record Child(String node, Process process, int port, Path log) {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String address, String basicAuth) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(20));
            if (basicAuth != null) {
                request.header("Authorization", basicAuth);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> api(String method, String path, String user, String password)
                throws IOException, InterruptedException {
            return ClusterNodes.api(port, method, path, user, password);
        }

        /** Kills the process outright, as a machine that dies: no shutdown, no hand-over. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A call to a node's API signed in with HTTP Basic, waiting up to a minute (a bulletin renders its PDF). */
    static HttpResponse<String> api(int port, String method, String path, String user, String password)
            throws IOException, InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", auth)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return Child.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
