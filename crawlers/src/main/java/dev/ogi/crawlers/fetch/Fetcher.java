package dev.ogi.crawlers.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * One HTTP request per call, on one connection ({@link HttpExchange}: the JDK's clients resend a
 * GET on a second connection when the first is dropped, behind the host gate's back): no
 * automatic redirects (the crawler follows them itself so politeness, robots and scope apply to
 * each hop), bodies capped on the wire and after decompression, the whole answer bounded in
 * time, and every failure turned into a {@link FetchFailure} with a readable message. With a
 * proxy, plain-http requests go to the proxy as absolute URIs and the target host is never
 * resolved here (the proxy does it).
 */
public final class Fetcher implements AutoCloseable {

    private final String userAgent;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBodyBytes;
    private final long maxDecompressedBytes;
    private final AddressGuard guard;
    private final Optional<InetSocketAddress> proxy;
    private final Clock clock;

    public Fetcher(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBodyBytes,
                   long maxDecompressedBytes, Optional<InetSocketAddress> proxy, boolean allowPrivate, Clock clock) {
        this.userAgent = userAgent;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.maxDecompressedBytes = maxDecompressedBytes;
        this.clock = clock;
        this.guard = new AddressGuard(allowPrivate, proxy.isPresent());
        // The proxy itself must be resolvable here; the targets are resolved by the proxy.
        this.proxy = proxy.map(p -> p.isUnresolved() ? new InetSocketAddress(p.getHostString(), p.getPort()) : p);
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * Fetches one address. Does not follow redirects, does not wait for politeness (the caller
     * holds the host gate).
     *
     * @param timeout the longest wait for the whole answer (the read timeout or less, when the
     *                site's own time is nearly up)
     */
    public FetchResponse fetch(URI uri, Duration timeout) throws FetchFailure, InterruptedException {
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new FetchFailure(FetchFailure.Kind.UNSUPPORTED_SCHEME, "不支持的地址类型：" + uri);
        }
        guard.check(uri.getHost());
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", userAgent);
        headers.put("Accept", "text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8");
        headers.put("Accept-Encoding", "gzip, deflate");
        headers.put("Accept-Language", "zh-CN,zh;q=0.9");
        int connectMillis = (int) Math.max(1, Math.min(connectTimeout.toMillis(), timeout.toMillis()));
        try (HttpExchange exchange = HttpExchange.get(uri, proxy, headers, connectMillis,
                (int) Math.max(1, timeout.toMillis()))) {
            int status = exchange.status();
            if (status < 0) {
                throw new FetchFailure(FetchFailure.Kind.IO, "服务器返回的不是HTTP应答 " + uri);
            }
            byte[] raw = readCapped(exchange.body(), exchange.contentLength(), deadline, timeout, uri);
            byte[] body = Bodies.decode(raw, exchange.header("Content-Encoding").orElse(null), maxDecompressedBytes,
                    uri.toString());
            return new FetchResponse(uri, status, exchange.header("Content-Type"), exchange.header("Location"), body,
                    clock.instant());
        } catch (FetchFailure f) {
            throw f;
        } catch (HttpExchange.NoAnswer e) {
            throw new FetchFailure(FetchFailure.Kind.NO_ANSWER, "连接中断（服务器未应答即关闭连接） " + uri);
        } catch (IOException | RuntimeException e) {
            throw translate(e, uri);
        }
    }

    /** @param declaredLength the Content-Length, or -1: then the buffer grows as the body comes */
    private byte[] readCapped(InputStream in, long declaredLength, long deadline, Duration timeout, URI uri)
            throws IOException, FetchFailure {
        // A declared length sizes the buffer once (the server may still lie: the cap holds either way).
        byte[] buf = new byte[(int) (declaredLength >= 0 ? Math.min(declaredLength, maxBodyBytes + 1) : 16384)];
        int size = 0;
        while (true) {
            if (size == buf.length) {
                if (size == declaredLength && in.read() < 0) {
                    return buf; // exactly the declared body: no copy
                }
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(buf.length * 2L, 16384)));
            }
            int n = in.read(buf, size, buf.length - size);
            if (n < 0) {
                return Arrays.copyOf(buf, size);
            }
            size += n;
            if (size > maxBodyBytes) {
                throw new FetchFailure(FetchFailure.Kind.TOO_LARGE,
                        "页面超过大小上限（" + Bodies.megabytes(maxBodyBytes) + "），未读取 " + uri);
            }
            if (System.nanoTime() - deadline > 0) {
                // A server trickling bytes never trips the per-read timeout; the total does.
                throw new FetchFailure(FetchFailure.Kind.READ_TIMEOUT, "读取超时（" + seconds(timeout) + "） " + uri);
            }
        }
    }

    private FetchFailure translate(Throwable t, URI uri) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnknownHostException) {
                return new FetchFailure(FetchFailure.Kind.DNS, "域名无法解析 " + uri);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException) {
                String m = String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT);
                return m.contains("connect")
                        ? new FetchFailure(FetchFailure.Kind.CONNECT_TIMEOUT, "连接超时（" + seconds(connectTimeout) + "） " + uri)
                        : new FetchFailure(FetchFailure.Kind.READ_TIMEOUT, "读取超时（" + seconds(readTimeout) + "） " + uri);
            }
            if (c instanceof SSLException) {
                return new FetchFailure(FetchFailure.Kind.TLS, "HTTPS证书或加密握手失败（" + c.getMessage() + "） " + uri);
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                return new FetchFailure(FetchFailure.Kind.REFUSED, "连接被拒绝 " + uri);
            }
        }
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new FetchFailure(FetchFailure.Kind.IO, "连接中断（" + m + "） " + uri);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "秒" : String.format(java.util.Locale.ROOT, "%.1f秒", ms / 1000.0);
    }

    @Override
    public void close() {
        // Every connection is closed with its request.
    }
}
