package dev.ogi.crawlers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A small real web for the crawler's tests: one JDK HttpServer on 127.0.0.1 that serves many
 * virtual hosts. The crawler reaches it as its HTTP proxy (so names like www.chengdu.gov.cn need
 * no DNS, as on a government network) or directly by address. Every request is recorded.
 */
final class TestWeb implements AutoCloseable {

    static final Charset GBK = Charset.forName("GBK");

    /** What one address answers. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
        Answer withDelay(long millis) {
            return new Answer(status, contentType, body, headers, millis);
        }

        Answer withHeader(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, contentType, body, h, delayMillis);
        }
    }

    /** One request as the server saw it. */
    record Seen(String host, String path, long nanoTime, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Answer> fallbacks = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    TestWeb() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    /** The address of this server as a direct (non-proxied) URL. */
    String direct(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Serves {@code answer} at http://host/path (host without port; the port is ignored). */
    TestWeb at(String url, Answer answer) {
        URI u = URI.create(url);
        answers.put(key(u.getHost(), u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())), answer);
        return this;
    }

    TestWeb remove(String url) {
        URI u = URI.create(url);
        answers.remove(key(u.getHost(), u.getRawPath()));
        return this;
    }

    /** Serves HTML encoded in {@code charset}, declared (or not) in the header as given. */
    TestWeb html(String url, String html, Charset charset, boolean charsetInHeader) {
        return at(url, new Answer(200, charsetInHeader ? "text/html; charset=" + charset.name() : "text/html",
                html.getBytes(charset), Map.of(), 0));
    }

    /** Serves HTML in GBK with the charset only in the page's own meta (the common case). */
    TestWeb html(String url, String html) {
        return html(url, html, GBK, false);
    }

    /** What the host answers for every address not set (a soft-404 site answers 200 here). */
    TestWeb fallback(String host, Answer answer) {
        fallbacks.put(host.toLowerCase(Locale.ROOT), answer);
        return this;
    }

    List<Seen> requestsTo(String host) {
        List<Seen> out = new ArrayList<>();
        for (Seen s : seen) {
            if (s.host().equals(host)) {
                out.add(s);
            }
        }
        return out;
    }

    List<String> pathsRequested(String host) {
        return requestsTo(host).stream().map(Seen::path).toList();
    }

    static Answer status(int status) {
        return new Answer(status, "text/html", ("<html><body><h1>" + status + "</h1></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1), Map.of(), 0);
    }

    static Answer redirect(int status, String location) {
        return new Answer(status, "text/html", new byte[0], Map.of("Location", location), 0);
    }

    static Answer bytes(String contentType, byte[] body) {
        return new Answer(200, contentType, body, Map.of(), 0);
    }

    static Answer gzip(String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(200, contentType, out.toByteArray(), Map.of("Content-Encoding", "gzip"), 0);
    }

    /** A fixture page from test resources with {{KEY}} placeholders filled. */
    static String fixture(String name, String... keyValues) {
        try (InputStream in = TestWeb.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                s = s.replace("{{" + keyValues[i] + "}}", keyValues[i + 1]);
            }
            return s.replaceAll("\\{\\{[A-Z_]+}}", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String host, String path) {
        return host.toLowerCase(Locale.ROOT) + (path == null || path.isEmpty() ? "/" : path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String host = uri.getHost() != null ? uri.getHost() : exchange.getRequestHeaders().getFirst("Host");
            if (host == null) {
                host = "";
            }
            host = host.toLowerCase(Locale.ROOT);
            int colon = host.indexOf(':');
            if (colon >= 0) {
                host = host.substring(0, colon);
            }
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            seen.add(new Seen(host, path, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent")));
            Answer a = answers.get(key(host, path));
            if (a == null && !path.equals("/robots.txt")) {
                a = fallbacks.get(host);
            }
            if (a == null) {
                a = status(404);
            }
            if (a.delayMillis() > 0) {
                try {
                    Thread.sleep(a.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (a.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", a.contentType());
            }
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
            if (a.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(a.body());
                } catch (IOException clientWentAway) {
                    // the crawler may stop reading (size caps, timeouts)
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
