package dev.ogi.crawlers.fetch;

import dev.ogi.crawlers.Crawler;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dead host that accepts connections, reads the request and hangs up without answering. Gaps
 * are measured where the connections arrive (the server's accept), not where requests start.
 */
class DroppedConnectionsTest {

    private static final Duration DELAY = Duration.ofMillis(300);

    private ServerSocket server;
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    arrivals.add(System.nanoTime());
                    readHead(s.getInputStream());
                } catch (IOException e) {
                    return;
                }
            }
        }, "dropping-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        acceptor.join(2000);
    }

    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        for (int b; state < 4 && (b = in.read()) >= 0; ) {
            state = (b == '\r' || b == '\n') ? state + 1 : 0;
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Test
    void oneFetchOpensOneConnectionAndReportsTheHangUp() throws Exception {
        Fetcher fetcher = new Fetcher("test", Duration.ofSeconds(2), Duration.ofSeconds(2), 1 << 20, 1 << 20,
                Optional.empty(), true, Clock.systemUTC());

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base() + "/"), Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(FetchFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(FetchFailure.Kind.NO_ANSWER);
                    assertThat(f.getMessage()).contains("连接中断").contains(base());
                });
        Thread.sleep(200);
        assertThat(arrivals).hasSize(1);
    }

    @Test
    void everyConnectionToADeadHostRetriesIncludedWaitsThePolitenessDelay() {
        CrawlerSettings settings = CrawlerSettings.defaults().withAllowPrivateAddresses(true)
                .withPolitenessDelay(DELAY).withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(2));
        SiteResult r;
        try (Crawler crawler = new Crawler(settings)) {
            r = crawler.crawlSite(new SiteTarget("dead", "死站", "测试", base() + "/"));
        }

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).contains("首页无法访问").contains("连接中断");
        // robots.txt and the homepage, each tried twice: four requests, four connections.
        assertThat(arrivals).hasSize(4);
        assertThat(r.pagesFetched()).isEqualTo(4);
        List<Long> gapsMillis = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gapsMillis.add((arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000);
        }
        assertThat(gapsMillis).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(DELAY.toMillis()));
    }
}
