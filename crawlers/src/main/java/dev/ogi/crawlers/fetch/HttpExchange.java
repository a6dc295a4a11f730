package dev.ogi.crawlers.fetch;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 GET on one new connection ({@code Connection: close}), and nothing else: the JDK's
 * clients (HttpURLConnection and HttpClient alike) silently open a second connection and resend a
 * GET when the first is dropped before an answer, which bypasses the host gate (a dead host saw two
 * requests 3 ms apart). Here a dropped connection is a failure; a retry is the caller's, at the gate.
 * With a proxy, plain http goes to it as an absolute URI and https through a CONNECT tunnel; the
 * target host is then never resolved here. HTTPS checks the certificate and the host name.
 */
final class HttpExchange implements AutoCloseable {

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 128 * 1024;

    /** Thrown when the connection closed before any byte of an answer came back. */
    static final class NoAnswer extends IOException {
        NoAnswer(String message) {
            super(message);
        }
    }

    private final Socket socket;
    private final int status;
    private final Map<String, String> headers;
    private final InputStream body;

    private HttpExchange(Socket socket, int status, Map<String, String> headers, InputStream body) {
        this.socket = socket;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Sends the GET and reads the status line and headers.
     *
     * @param proxy resolved HTTP proxy address, if any
     */
    static HttpExchange get(URI uri, Optional<InetSocketAddress> proxy, Map<String, String> requestHeaders,
                            int connectTimeoutMillis, int readTimeoutMillis) throws IOException {
        // A server trickling header bytes never trips the per-read timeout; the whole head is bounded too.
        long deadline = System.nanoTime() + readTimeoutMillis * 1_000_000L;
        boolean https = "https".equals(uri.getScheme());
        String host = uri.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String hostHeader = uri.getPort() > 0 ? host + ":" + port : host;
        URI ascii = URI.create(uri.toASCIIString());
        String path = (ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath())
                + (ascii.getRawQuery() == null ? "" : "?" + ascii.getRawQuery());
        InetSocketAddress to = proxy.orElseGet(() -> new InetSocketAddress(bare, port));
        if (to.isUnresolved()) {
            throw new UnknownHostException(to.getHostString());
        }
        Socket socket = new Socket(java.net.Proxy.NO_PROXY);
        try {
            socket.connect(to, connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            if (https && proxy.isPresent()) {
                tunnel(socket, bare + ":" + port, hostHeader, deadline);
            }
            if (https) {
                SSLSocket tls = (SSLSocket) HttpsURLConnection.getDefaultSSLSocketFactory()
                        .createSocket(socket, bare, port, true);
                SSLParameters p = tls.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(p);
                tls.startHandshake();
                socket = tls;
            }
            String target = proxy.isPresent() && !https ? "http://" + hostHeader + path : path;
            StringBuilder req = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: ").append(hostHeader)
                    .append("\r\n");
            requestHeaders.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            req.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
            while (true) {
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                int status = readHead(in, headers, deadline);
                if (status >= 100 && status < 200) {
                    continue; // an interim answer; the real one follows
                }
                return new HttpExchange(socket, status, headers, bodyOf(in, status, headers));
            }
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static void tunnel(Socket socket, String authority, String hostHeader, long deadline) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("CONNECT " + authority + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        // Unbuffered, so no byte of the TLS handshake is read here.
        int status = readHead(socket.getInputStream(), new TreeMap<>(String.CASE_INSENSITIVE_ORDER), deadline);
        if (status < 200 || status > 299) {
            throw new IOException("代理拒绝建立HTTPS隧道（" + status + "）");
        }
    }

    /** @return the status, or -1 when the answer is not HTTP */
    private static int readHead(InputStream in, Map<String, String> headers, long deadline) throws IOException {
        String statusLine = readLine(in, true);
        if (!statusLine.startsWith("HTTP/")) {
            return -1;
        }
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = parts.length < 2 ? -1 : Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            return -1;
        }
        int total = statusLine.length();
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                throw new SocketTimeoutException("Read timed out (response head)");
            }
            String line = readLine(in, false);
            total += line.length() + 2;
            if (total > MAX_HEADER_BYTES) {
                throw new IOException("应答头过长");
            }
            if (line.isEmpty()) {
                return status;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
    }

    /** One line, ISO-8859-1 (a byte is a char), without its CR LF. */
    private static String readLine(InputStream in, boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (first && line.length() == 0) {
                    throw new NoAnswer("Unexpected end of file from server");
                }
                throw new EOFException("应答头不完整");
            }
            if (b == '\n') {
                int n = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                return line.substring(0, n);
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("应答头过长");
            }
            line.append((char) b);
        }
    }

    private static InputStream bodyOf(InputStream in, int status, Map<String, String> headers) throws IOException {
        if (status == 204 || status == 304) {
            return InputStream.nullInputStream();
        }
        String te = headers.get("Transfer-Encoding");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            return new ChunkedInputStream(in);
        }
        String length = headers.get("Content-Length");
        if (length != null) {
            try {
                return new LimitedInputStream(in, Long.parseLong(length.trim()));
            } catch (NumberFormatException e) {
                throw new IOException("应答长度无效（" + length + "）");
            }
        }
        return in; // until the server closes the connection
    }

    int status() {
        return status;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    InputStream body() {
        return body;
    }

    /** The declared length of a body framed by Content-Length, or -1 (chunked, until close, none). */
    long contentLength() {
        return body instanceof LimitedInputStream limited ? limited.length : -1;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A body framed inside the connection's stream; reads go through {@code read(byte[], int, int)}. */
    private abstract static class FramedBody extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }

    /** A body of a known length. */
    private static final class LimitedInputStream extends FramedBody {
        private final InputStream in;
        private final long length;
        private long left;

        LimitedInputStream(InputStream in, long length) {
            this.in = in;
            this.length = length;
            this.left = length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("应答在" + left + "字节前中断");
            }
            left -= n;
            return n;
        }
    }

    /** A chunked body (RFC 9112 section 7.1); trailers are read and dropped. */
    private static final class ChunkedInputStream extends FramedBody {
        private final InputStream in;
        private long left;
        private boolean done;

        ChunkedInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = readLine(in, false);
                int semi = size.indexOf(';');
                try {
                    left = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("分块应答格式错误（" + size + "）");
                }
                if (left == 0) {
                    while (!readLine(in, false).isEmpty()) {
                        // trailers
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("分块应答中断");
            }
            left -= n;
            if (left == 0) {
                readLine(in, false); // the CRLF after the chunk
            }
            return n;
        }
    }
}
