package dev.ogi.server.crawls;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ogi.server.OgiApplication;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.auth.AuthService;
import dev.ogi.server.auth.AuthConfiguration;
import dev.ogi.server.auth.User;
import dev.ogi.server.db.Database;
import dev.ogi.server.units.UnitService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a real process, stopped (SIGTERM) while a round crawls sites that hang: the round
 * is recorded as stopped at shutdown, and no site it cut off is stored as a failure of the site.
 */
class ShutdownMidRoundTest {

    @TempDir
    Path folder;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aServiceStoppedMidRoundMarksTheRoundStoppedAndStoresNoCutOffSiteAsAFailure() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer sites = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        com.sun.net.httpserver.HttpHandler handler = exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/robots.txt")) {
                exchange.sendResponseHeaders(404, -1);
            } else if (path.startsWith("/quick")) {
                byte[] page = "<html><head><title>某局</title></head><body>首页</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            } else {
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(503, -1);
            }
            exchange.close();
        };
        sites.createContext("/", handler);
        sites.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        sites.start();
        // another loopback address for the quick site: not queued behind the hanging ones at the host gate
        HttpServer quickSite = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 50);
        quickSite.createContext("/", handler);
        quickSite.start();
        String quick = "http://127.0.0.2:" + quickSite.getAddress().getPort();
        String site = "http://127.0.0.1:" + sites.getAddress().getPort();
        Path database = folder.resolve("ogi.db");
        int port = freePort();
        int adminPort = freePort();
        Path config = folder.resolve("config.yml");
        Files.writeString(config, String.join("\n",
                "server:",
                "  applicationConnectors: [{type: http, port: " + port + ", bindHost: 127.0.0.1}]",
                "  adminConnectors: [{type: http, port: " + adminPort + ", bindHost: 127.0.0.1}]",
                "  requestLog: {appenders: []}",
                "logging: {level: WARN}",
                "schedulerEnabled: false",
                "auth: {pbkdf2Iterations: 1000}",
                "database:",
                "  driverClass: org.sqlite.JDBC",
                "  url: jdbc:sqlite:" + database,
                "  properties: {foreign_keys: 'true', journal_mode: WAL, busy_timeout: '15000'}",
                "declarations: {attachmentsDirectory: " + folder.resolve("attachments") + "}",
                "crawler: {allowPrivateAddresses: true, delay: 10ms, readTimeout: 120s, siteTimeout: 5m}",
                ""));
        OgiConfiguration seed = new OgiConfiguration();
        seed.setDatabase(OgiConfiguration.sqliteDefaults(database.toString()));
        Jdbi jdbi = Database.openStandalone(seed.getDatabase());
        new UnitService(jdbi, Clock.systemUTC()).importCsv(("code,name,group,homepage\n"
                + "q1,某市人民政府,市州," + quick + "/quick/\n"
                + "h1,某厅,省直部门," + site + "/hang1/\n"
                + "h2,某局,省直部门," + site + "/hang2/\n").getBytes(StandardCharsets.UTF_8));
        AuthConfiguration auth = new AuthConfiguration();
        auth.setPbkdf2Iterations(1000);
        new AuthService(jdbi, Clock.systemUTC(), auth).createUser("office", User.OFFICE, null, "office-password");

        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OgiApplication.class.getName(), "server", config.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("service.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString("office:office-password".getBytes(StandardCharsets.UTF_8));
            String api = "http://127.0.0.1:" + port + "/api";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            int started = 0;
            while (System.nanoTime() < deadline && started != 202) {
                try {
                    started = client.send(HttpRequest.newBuilder(URI.create(api + "/crawls")).header("Authorization", basic)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException e) {
                    Thread.sleep(300);
                }
            }
            assertThat(started).as("the service started a round; its log: %s", folder.resolve("service.log")).isEqualTo(202);
            // the quick site is checked and stored; the two others hang
            while (System.nanoTime() < deadline && checks(jdbi, "q1") == 0) {
                Thread.sleep(200);
            }
            assertThat(checks(jdbi, "q1")).isEqualTo(1);

            service.destroy();
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            service.destroyForcibly();
            release.countDown();
            sites.stop(0);
            quickSite.stop(0);
        }

        List<String> statuses = jdbi.withHandle(h -> h.createQuery("SELECT status FROM crawl_rounds ORDER BY id")
                .mapTo(String.class).list());
        assertThat(statuses).containsExactly(CrawlRound.STOPPED);
        assertThat(checks(jdbi, "h1") + checks(jdbi, "h2")).isZero();
    }

    private static int checks(Jdbi jdbi, String unit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM site_checks WHERE unit_code = :u")
                .bind("u", unit).mapTo(Integer.class).one());
    }
}
