package dev.ogi.crawlers.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;

/**
 * One HTTP request at a time per call, with the JDK client: no automatic redirects (the crawler
 * follows them itself so politeness, robots and scope apply to each hop), bodies capped on the
 * wire and after decompression, and every failure turned into a {@link FetchFailure} with a
 * readable message. With a proxy, plain-http requests go to the proxy as absolute URIs and the
 * client never resolves the target host itself (the proxy does).
 */
public final class Fetcher implements AutoCloseable {

    private final HttpClient client;
    private final ExecutorService executor;
    private final String userAgent;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBodyBytes;
    private final long maxDecompressedBytes;
    private final AddressGuard guard;
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
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ogi-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .executor(executor);
        if (proxy.isPresent()) {
            InetSocketAddress p = proxy.get();
            // The proxy itself must be resolvable here; the targets are resolved by the proxy.
            InetSocketAddress resolved = p.isUnresolved() ? new InetSocketAddress(p.getHostString(), p.getPort()) : p;
            builder.proxy(ProxySelector.of(resolved));
        } else {
            builder.proxy(HttpClient.Builder.NO_PROXY);
        }
        this.client = builder.build();
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
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBody(maxBodyBytes, uri.toString()));
        HttpResponse<byte[]> response;
        try {
            response = future.get(timeout.toMillis() + 200, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchFailure(FetchFailure.Kind.READ_TIMEOUT, "读取超时（" + seconds(timeout) + "） " + uri);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), uri);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
        byte[] body = Bodies.decode(response.body(),
                response.headers().firstValue("Content-Encoding").orElse(null), maxDecompressedBytes, uri.toString());
        return new FetchResponse(uri, response.statusCode(), response.headers().firstValue("Content-Type"),
                response.headers().firstValue("Location"), body, clock.instant());
    }

    private FetchFailure translate(Throwable t, URI uri) {
        // The JDK wraps causes differently per failure; look through the whole chain, most
        // specific first (an unresolved name arrives as a ConnectException around it).
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FetchFailure f) {
                return f;
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnresolvedAddressException || c instanceof java.net.UnknownHostException) {
                return new FetchFailure(FetchFailure.Kind.DNS, "域名无法解析 " + uri);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException) {
                return new FetchFailure(FetchFailure.Kind.CONNECT_TIMEOUT,
                        "连接超时（" + seconds(connectTimeout) + "） " + uri);
            }
            if (c instanceof HttpTimeoutException) {
                return new FetchFailure(FetchFailure.Kind.READ_TIMEOUT, "读取超时（" + seconds(readTimeout) + "） " + uri);
            }
            if (c instanceof SSLException) {
                return new FetchFailure(FetchFailure.Kind.TLS, "HTTPS证书或加密握手失败（" + c.getMessage() + "） " + uri);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
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
        executor.shutdownNow();
    }

    /** Collects the body up to a cap; beyond it the exchange is cancelled. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final String url;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private byte[] buf = new byte[8192];
        private int size;

        CappedBody(long cap, String url) {
            this.cap = cap;
            this.url = url;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                int n = b.remaining();
                if ((long) size + n > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new FetchFailure(FetchFailure.Kind.TOO_LARGE,
                            "页面超过大小上限（" + Bodies.megabytes(cap) + "），未读取 " + url));
                    return;
                }
                if (size + n > buf.length) {
                    buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
                }
                b.get(buf, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(java.util.Arrays.copyOf(buf, size));
        }
    }
}
