package dev.ogi.crawlers.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ogi.crawlers.CrawlerSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The homepage probe against a real HTTP server on loopback. */
class HomepageProberTest {

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/slow/" -> {
                    sleep(2000);
                    answer(exchange, 200, "<html><body>迟到的首页</body></html>");
                }
                case "/broken/" -> answer(exchange, 500, "<html><body>Internal Server Error</body></html>");
                case "/moved/" -> {
                    exchange.getResponseHeaders().add("Location", "/ok/");
                    exchange.sendResponseHeaders(302, -1);
                    exchange.close();
                }
                case "/loop/" -> {
                    exchange.getResponseHeaders().add("Location", "/loop/");
                    exchange.sendResponseHeaders(302, -1);
                    exchange.close();
                }
                case "/maintenance/" -> answer(exchange, 200, "<html><body>网站系统维护中，暂停访问</body></html>");
                case "/big/" -> answer(exchange, 200, "<html><body>" + "政务公开".repeat(200_000) + "</body></html>");
                case "/busy/" -> {
                    // counted while the server works on the request, not while the answer is on its way:
                    // the client may start its next request before this thread has left the handler
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    sleep(150);
                    inFlight.decrementAndGet();
                    answer(exchange, 200, "<html><body>" + "首页新闻".repeat(3000) + "</body></html>");
                }
                default -> answer(exchange, 200, "<html><head><title>某市人民政府</title></head><body>"
                        + "政务公开 新闻中心".repeat(2000) + "</body></html>");
            }
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the probe stopped reading (over its cap or past its time)
        }
        exchange.close();
    }

    private HomepageProber prober(Duration timeout, boolean allowPrivate) {
        CrawlerSettings crawler = CrawlerSettings.defaults().withPolitenessDelay(Duration.ZERO)
                .withAllowPrivateAddresses(allowPrivate);
        return new HomepageProber(ProbeSettings.from(crawler, timeout), Clock.systemUTC());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private ProbeResult probe(String path, Duration timeout) throws InterruptedException {
        try (HomepageProber prober = prober(timeout, true)) {
            return prober.probe(new ProbeTarget("510100", url(path)));
        }
    }

    @Test
    void aHomepageThatAnswersIsUpWithItsStatusAndLatency() throws Exception {
        ProbeResult r = probe("/ok/", Duration.ofSeconds(5));
        assertThat(r.outcome()).isEqualTo(ProbeResult.Outcome.UP);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.requests()).isEqualTo(1);
        assertThat(r.failed()).isFalse();
        assertThat(r.error()).isEmpty();
        assertThat(r.latencyMillis()).isBetween(0L, 5000L);
    }

    @Test
    void aHomepageSlowerThanTheTimeoutIsAFailure() throws Exception {
        long started = System.nanoTime();
        ProbeResult r = probe("/slow/", Duration.ofMillis(500));
        long took = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.outcome()).isEqualTo(ProbeResult.Outcome.TIMEOUT);
        assertThat(r.failed()).isTrue();
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("0.5秒内未打开"));
        assertThat(took).isLessThan(1800);
        assertThat(r.latencyMillis()).isGreaterThanOrEqualTo(450);
    }

    @Test
    void aServerErrorIsAFailureWithItsStatus() throws Exception {
        ProbeResult r = probe("/broken/", Duration.ofSeconds(5));
        assertThat(r.outcome()).isEqualTo(ProbeResult.Outcome.SERVER_ERROR);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.failed()).isTrue();
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("HTTP 500"));
    }

    @Test
    void aRefusedConnectionIsAFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (HomepageProber prober = prober(Duration.ofSeconds(5), true)) {
            ProbeResult r = prober.probe(new ProbeTarget("510100", "http://127.0.0.1:" + closedPort + "/"));
            assertThat(r.outcome()).isEqualTo(ProbeResult.Outcome.REFUSED);
            assertThat(r.failed()).isTrue();
            assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("连接被拒绝"));
        }
    }

    @Test
    void aRedirectIsFollowedAndALoopIsAFailure() throws Exception {
        ProbeResult moved = probe("/moved/", Duration.ofSeconds(5));
        assertThat(moved.outcome()).isEqualTo(ProbeResult.Outcome.UP);
        assertThat(moved.requests()).isEqualTo(2);
        ProbeResult loop = probe("/loop/", Duration.ofSeconds(5));
        assertThat(loop.outcome()).isEqualTo(ProbeResult.Outcome.FAILED);
        assertThat(loop.requests()).isEqualTo(4);
    }

    @Test
    void aMaintenancePageIsAnsweredWithANoteAndABigPageIsUpWithoutReadingItAll() throws Exception {
        ProbeResult maintenance = probe("/maintenance/", Duration.ofSeconds(5));
        assertThat(maintenance.outcome()).isEqualTo(ProbeResult.Outcome.SOFT_ERROR);
        assertThat(maintenance.failed()).isFalse();
        assertThat(maintenance.status()).isEqualTo(200);
        assertThat(maintenance.error()).hasValueSatisfying(e -> assertThat(e).contains("维护页面"));
        ProbeResult big = probe("/big/", Duration.ofSeconds(5));
        assertThat(big.outcome()).isEqualTo(ProbeResult.Outcome.UP);
        assertThat(big.failed()).isFalse();
    }

    @Test
    void theAddressGuardRefusesLoopbackUnlessConfigured() throws Exception {
        try (HomepageProber prober = prober(Duration.ofSeconds(5), false)) {
            ProbeResult r = prober.probe(new ProbeTarget("510100", url("/ok/")));
            assertThat(r.outcome()).isEqualTo(ProbeResult.Outcome.FAILED);
            assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("拒绝访问内网地址"));
        }
        assertThat(requests.get()).isZero();
    }

    @Test
    void manyUnitsOnOneHostAreProbedOneRequestAtATime() throws Exception {
        List<ProbeTarget> targets = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new ProbeTarget("u" + i, url("/busy/"))).toList();
        try (HomepageProber prober = prober(Duration.ofSeconds(5), true)) {
            List<ProbeResult> results = prober.probeAll(targets);
            assertThat(results).extracting(ProbeResult::code).containsExactly("u0", "u1", "u2", "u3", "u4", "u5");
            assertThat(results).allMatch(r -> r.outcome() == ProbeResult.Outcome.UP);
        }
        assertThat(requests.get()).isEqualTo(6);
        assertThat(maxInFlight.get()).isEqualTo(1);
    }
}
