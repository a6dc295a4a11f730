package dev.ogi.crawlers.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The crawler's own HTTP/1.1 exchange against a raw socket server writing exact bytes. */
class HttpExchangeTest {

    private ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    /** Serves one connection: records the request head, then writes the answer chunks with pauses. */
    private String serve(long pauseMillis, String... answer) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    head.append((char) b);
                }
                requests.add(head.toString());
                OutputStream out = s.getOutputStream();
                for (String part : answer) {
                    out.write(part.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up
            }
        });
        t.setDaemon(true);
        t.start();
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private static FetchResponse fetch(String url, Duration timeout) throws Exception {
        Fetcher f = new Fetcher("ogi-test/1.0", Duration.ofSeconds(2), timeout, 1 << 20, 1 << 20, Optional.empty(),
                true, Clock.systemUTC());
        return f.fetch(URI.create(url), timeout);
    }

    @Test
    void chunkedBodyAfterAnInterimAnswerIsReassembled() throws Exception {
        String base = serve(0, "HTTP/1.1 100 Continue\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n",
                "5;ext=1\r\nhello\r\n", "7\r\n, world\r\n", "0\r\nX-Trailer: t\r\n\r\n");

        FetchResponse r = fetch(base + "/a%20b?q=1", Duration.ofSeconds(2));

        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("hello, world");
        assertThat(r.contentType()).contains("text/html; charset=utf-8");
        assertThat(requests.get(0)).startsWith("GET /a%20b?q=1 HTTP/1.1\r\n").contains("Host: 127.0.0.1:")
                .contains("User-Agent: ogi-test/1.0").contains("Connection: close");
    }

    @Test
    void contentLengthBodyStopsAtItsLengthAndRedirectKeepsItsLocation() throws Exception {
        String base = serve(0, "HTTP/1.0 302 Found\r\nLocation: /next\r\nContent-Length: 3\r\n\r\nabcEXTRA");

        FetchResponse r = fetch(base + "/", Duration.ofSeconds(2));

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).contains("/next");
        assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("abc");
    }

    @Test
    void anAnswerThatIsNotHttpIsReported() throws Exception {
        String base = serve(0, "SSH-2.0-OpenSSH_8.9\r\n");

        assertThatThrownBy(() -> fetch(base + "/", Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(FetchFailure.class, f -> assertThat(f.getMessage()).contains("不是HTTP应答"));
    }

    @Test
    void aHeadTrickledSlowerThanTheTimeoutIsCutOff() throws Exception {
        String[] trickle = new String[40];
        trickle[0] = "HTTP/1.1 200 OK\r\n";
        for (int i = 1; i < trickle.length; i++) {
            trickle[i] = "X-Slow-" + i + ": y\r\n";
        }
        String base = serve(100, trickle);
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetch(base + "/", Duration.ofMillis(700)))
                .isInstanceOfSatisfying(FetchFailure.class,
                        f -> assertThat(f.kind()).isEqualTo(FetchFailure.Kind.READ_TIMEOUT));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
    }
}
