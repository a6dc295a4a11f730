package dev.ogi.crawlers.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A simulated web on loopback: one real HTTP server that serves many virtual hosts and also acts
 * as an HTTP forward proxy, so a crawler configured with {@code proxy: 127.0.0.1:PORT} reaches
 * {@code http://www.chengdu.gov.cn/} without knowing it is simulated (host names are never
 * resolved; the request line carries the absolute URI). Requests without an absolute URI are
 * routed by their {@code Host} header. CONNECT (https through the proxy) is refused with 403.
 *
 * <p>Every host answers as its site stood on the simulated {@link #date()}, so one run can replay
 * a campaign's timeline. Each response is held back by the simulated network latency (plus any
 * per-response delay of a slow server) on a timer, not on a sleeping thread, so thousands of
 * sites can be served at once.
 */
public final class SimulatedWeb implements AutoCloseable {

    /** One request as it arrived, for tests of politeness and of where the crawler went. */
    public record RequestRecord(String host, String path, String method, String userAgent, Instant at, long nanoTime) {
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Map<String, SimHost> hosts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<RequestRecord> log = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytesServed = new AtomicLong();
    private volatile LocalDate date;
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean logging = true;

    private SimulatedWeb(LocalDate date) {
        this.date = Objects.requireNonNull(date);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the simulated web on loopback", e);
        }
        workers = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
                daemonThreads("sim-web"));
        timer = Executors.newScheduledThreadPool(2, daemonThreads("sim-latency"));
        server.setExecutor(workers);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Starts a simulated web on a free loopback port, as it stood on {@code date}. */
    public static SimulatedWeb start(LocalDate date) {
        return new SimulatedWeb(date);
    }

    public SimulatedWeb host(String name, SimHost host) {
        hosts.put(name.toLowerCase(Locale.ROOT), host);
        return this;
    }

    /** Adds a scenario's site (and its OGI sub-domain, if it has one). */
    public SimulatedWeb site(SiteScenario scenario) {
        ScenarioSite site = new ScenarioSite(scenario);
        for (String name : scenario.hosts()) {
            host(name, site);
        }
        if (scenario.ogiLocation() == SiteScenario.OgiLocation.PLATFORM) {
            SimHost platform = hosts.computeIfAbsent(scenario.platformHost(), PlatformSite::new);
            if (!(platform instanceof PlatformSite p)) {
                throw new IllegalStateException(scenario.platformHost() + " is a site, not a platform");
            }
            p.add(site);
        }
        return this;
    }

    public SimulatedWeb sites(Iterable<SiteScenario> scenarios) {
        scenarios.forEach(this::site);
        return this;
    }

    public Set<String> hostNames() {
        return Set.copyOf(hosts.keySet());
    }

    public void setDate(LocalDate date) {
        this.date = Objects.requireNonNull(date);
    }

    public LocalDate date() {
        return date;
    }

    /** Simulated network latency added to every response (time to first byte). */
    public void setLatency(Duration latency) {
        this.latency = Objects.requireNonNull(latency);
    }

    /** Keep a log of every request (on by default; the benchmark turns it off). */
    public void setLogging(boolean logging) {
        this.logging = logging;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The proxy setting for the crawler: {@code 127.0.0.1:PORT}. */
    public String proxy() {
        return server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public long requestCount() {
        return requests.get();
    }

    public long bytesServed() {
        return bytesServed.get();
    }

    public List<RequestRecord> requestLog() {
        return new ArrayList<>(log);
    }

    public List<RequestRecord> requestsTo(String host) {
        return log.stream().filter(r -> r.host().equals(host)).toList();
    }

    public void clearLog() {
        log.clear();
    }

    /** Serves one request directly, without the network: what a host would answer. */
    public SimResponse answer(SimRequest request) {
        if ("CONNECT".equals(request.method())) {
            return SimResponse.text(403, "CONNECT is not allowed by this proxy");
        }
        SimHost host = hosts.get(request.host());
        if (host == null) {
            return proxyError(request.host(), "无法解析该主机名 (DNS lookup failed)", 502);
        }
        try {
            return host.handle(request, date);
        } catch (RuntimeException e) {
            return SimResponse.text(500, "simulation error: " + e);
        }
    }

    private void dispatch(HttpExchange exchange) {
        Instant at = Instant.now();
        long nanos = System.nanoTime();
        requests.incrementAndGet();
        SimResponse response;
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
        URI uri = exchange.getRequestURI();
        String host = uri.isAbsolute() && uri.getHost() != null ? uri.getHost() : stripPort(headers.get("host"));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        SimRequest request = new SimRequest(method, host == null ? "" : host.toLowerCase(Locale.ROOT), path,
                uri.getRawQuery(), headers);
        if (logging) {
            log.add(new RequestRecord(request.host(), path, method, headers.getOrDefault("user-agent", ""), at, nanos));
        }
        if (uri.isAbsolute() && !"http".equalsIgnoreCase(uri.getScheme())) {
            response = SimResponse.text(403, "Only http:// is served by this proxy");
        } else if (host == null) {
            response = SimResponse.text(400, "No Host header and no absolute URI");
        } else {
            response = answer(request);
        }
        long wait = latency.plus(response.delay()).toMillis();
        if (wait <= 0) {
            send(exchange, request, response);
        } else {
            SimResponse ready = response;
            timer.schedule(() -> workers.execute(() -> send(exchange, request, ready)), wait, TimeUnit.MILLISECONDS);
        }
    }

    private void send(HttpExchange exchange, SimRequest request, SimResponse response) {
        try (exchange) {
            byte[] body = response.body();
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.getResponseHeaders().set("Server", "Microsoft-IIS/6.0");
            if (response.gzipAllowed() && request.acceptsGzip() && body.length > 512) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if ("HEAD".equals(request.method())) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            bytesServed.addAndGet(body.length);
        } catch (IOException e) {
            // The client gave up (a timeout of the crawler under test): nothing to answer.
        }
    }

    /** At the fastest level, as nginx compresses by default (gzip_comp_level 1) and IIS's dynamic level is low. */
    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The error page a Squid proxy of the period showed when it could not reach a server. */
    static SimResponse proxyError(String host, String reason, int status) {
        String html = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><head>"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>ERROR: The requested URL could not be retrieved</title></head>"
                + "<body><h2>ERROR</h2><h3>The requested URL could not be retrieved</h3><p>While trying to retrieve the URL: http://"
                + host + "/</p><p>The following error was encountered: <b>" + reason + "</b></p><hr><address>squid/2.6.STABLE16</address></body></html>";
        return new SimResponse(status, Map.of("Content-Type", "text/html; charset=utf-8", "X-Squid-Error", "ERR_CONNECT_FAIL 111"),
                html.getBytes(StandardCharsets.UTF_8), Duration.ZERO, false);
    }

    private static String stripPort(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        int colon = hostHeader.lastIndexOf(':');
        return colon > 0 && !hostHeader.endsWith("]") ? hostHeader.substring(0, colon) : hostHeader;
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
