package dev.ogi.crawlers.bench;

import dev.ogi.crawlers.fetch.HostGate;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.crawler.exceptions.PageBiggerThanMaxSizeException;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The crawl benchmark's peer (issue 14): crawler4j 4.4.0 over the same simulated farm, through the
 * same proxy, fetching the pages our crawler fetched (seeded with the homepages, following only
 * links to those pages), frontier in a temporary folder, not resumable.
 *
 * <p>crawler4j's own {@code politenessDelay} is one delay for the whole crawler (a single mutex
 * over every host: at 1 s it would fetch one page a second in all), so its delay is set to 0 and
 * its page fetcher waits at our {@link HostGate} instead: the same delay per host, counted from
 * the end of one request to the start of the next, as for our crawler.
 */
final class Crawler4jPeer {

    /** What the peer did: pages and, per host, how many; the wall until its last page arrived. */
    record Outcome(long pages, int maxPagesOnOneHost, double wallToLastPageSeconds, double wallSeconds) {
    }

    private final Set<String> allowed;
    private final Map<String, AtomicInteger> perHost = new ConcurrentHashMap<>();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong lastPageNanos = new AtomicLong();

    /** @param allowed the pages our crawler fetched, as {@link #key(String)} */
    Crawler4jPeer(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** The page's identity, the same for both crawlers: host (lower case), path and query. */
    static String key(String url) {
        try {
            URI u = URI.create(url);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return u.getHost().toLowerCase(Locale.ROOT) + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (RuntimeException e) {
            return url;
        }
    }

    Outcome crawl(List<String> homepages, int proxyPort, Duration delay, int threads) throws Exception {
        Path storage = Files.createTempDirectory("crawler4j-bench");
        try {
            CrawlConfig config = new CrawlConfig();
            config.setCrawlStorageFolder(storage.toString());
            config.setResumableCrawling(false);
            config.setPolitenessDelay(0);
            config.setProxyHost("127.0.0.1");
            config.setProxyPort(proxyPort);
            config.setMaxDepthOfCrawling(-1);
            config.setMaxPagesToFetch(-1);
            config.setIncludeBinaryContentInCrawling(false);
            config.setIncludeHttpsPages(true);
            config.setMaxConnectionsPerHost(threads);
            config.setMaxTotalConnections(threads * 2);
            config.setSocketTimeout(20_000);
            config.setConnectionTimeout(10_000);
            config.setThreadMonitoringDelaySeconds(1);
            config.setThreadShutdownDelaySeconds(1);
            config.setCleanupDelaySeconds(1);
            config.setUserAgentString("crawler4j-bench (OGI benchmark peer)");
            HostGate gate = new HostGate(host -> delay);
            PageFetcher fetcher = new GatedFetcher(config, gate);
            RobotstxtConfig robots = new RobotstxtConfig();
            robots.setUserAgentName("crawler4j-bench");
            CrawlController controller = new CrawlController(config, fetcher, new RobotstxtServer(robots, fetcher));
            homepages.forEach(controller::addSeed);
            long t0 = System.nanoTime();
            lastPageNanos.set(t0);
            controller.start(PeerCrawler::new, threads);
            double wall = (System.nanoTime() - t0) / 1e9;
            double toLast = (lastPageNanos.get() - t0) / 1e9;
            int maxOnHost = perHost.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
            return new Outcome(pages.get(), maxOnHost, toLast, wall);
        } finally {
            deleteTree(storage);
        }
    }

    /** Every request of crawler4j (pages and robots.txt) waits for its host's turn at the gate. */
    private final class GatedFetcher extends PageFetcher {
        private final HostGate gate;

        GatedFetcher(CrawlConfig config, HostGate gate) {
            super(config);
            this.gate = gate;
        }

        @Override
        public PageFetchResult fetchPage(WebURL url) throws InterruptedException, IOException, PageBiggerThanMaxSizeException {
            String host = URI.create(url.getURL()).getHost().toLowerCase(Locale.ROOT);
            gate.acquire(host, System.nanoTime() + Duration.ofHours(1).toNanos());
            try {
                return super.fetchPage(url);
            } finally {
                gate.release(host);
                pages.incrementAndGet();
                perHost.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
                lastPageNanos.accumulateAndGet(System.nanoTime(), Math::max);
            }
        }
    }

    /** Follows only the links to pages our crawler fetched; keeps nothing of a page. */
    private final class PeerCrawler extends WebCrawler {
        @Override
        public boolean shouldVisit(Page referringPage, WebURL url) {
            return allowed.contains(key(url.getURL()));
        }

        @Override
        public void visit(Page page) {
            // parsed by crawler4j (Tika) before this call; nothing to keep
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
