package dev.ogi.crawlers.bench;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.Crawler;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.sim.SimulatedWeb;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The crawler benchmark of issue 3: crawls a generated farm (N sites x M pages, simulated network
 * latency) through the simulated web's proxy, first with the default 1 s politeness, then with
 * no delay, and prints wall time, pages/s, CPU seconds, peak heap, the politeness floor and the
 * wall/floor ratio, and pages fetched+parsed+judged per CPU-second; the no-delay run is made
 * twice, with and without the website checks, to print what they add per site.
 *
 * <pre>
 * mvn -B -q -pl crawlers test-compile exec:exec -Dexec.args="-Xmx512m -cp %classpath \
 *      dev.ogi.crawlers.bench.CrawlBenchmark --sites 1000 --pages 30 --latency-ms 50 --cpu-sites 300"
 * </pre>
 *
 * The simulated farm runs in a child JVM (this class with {@code --serve}), so the CPU time and
 * heap printed are the crawler's alone. After the polite crawl, crawler4j 4.4.0 crawls a fresh farm
 * of the same sites in this JVM ({@link Crawler4jPeer}; {@code --peer none} skips it,
 * {@code --peer-threads N} sets its threads) and both are printed side by side with the ratios.
 * Each crawler first crawls {@code --warmup-sites N} sites (default 100) with no delay, so the
 * figures are of warm code, as in a server's second round ({@code 0}: cold, JIT included).
 * {@code --parallel N} crawls N sites at once (default all; the floor then counts the waves),
 * {@code --cpu-sites 0} skips the no-delay runs.
 */
public final class CrawlBenchmark {

    record Figures(String label, int sites, long pages, double wallSeconds, double processCpuSeconds,
                   double crawlerCpuSeconds, long peakHeapBytes, double floorSeconds, double nominalFloorSeconds,
                   int maxPagesOnOneSite, int errors, int guidesFound, int cataloguesFound, String errorSummary,
                   long linksChecked, double farmCpuSeconds, long farmRequests) {

        Figures withFarm(Farm farm) {
            return new Figures(label, sites, pages, wallSeconds, processCpuSeconds, crawlerCpuSeconds, peakHeapBytes,
                    floorSeconds, nominalFloorSeconds, maxPagesOnOneSite, errors, guidesFound, cataloguesFound, errorSummary,
                    linksChecked, farm.cpuSeconds, farm.requests);
        }

        void print() {
            System.out.printf(Locale.ROOT, "%n== %s ==%n", label);
            System.out.printf(Locale.ROOT, "sites %d, pages fetched %d (%.1f per site), errors %d, guides found %d, catalogues found %d%n",
                    sites, pages, pages / (double) Math.max(1, sites), errors, guidesFound, cataloguesFound);
            if (!errorSummary.isEmpty()) {
                System.out.println("most frequent errors: " + errorSummary);
            }
            System.out.printf(Locale.ROOT, "wall time           %8.2f s%n", wallSeconds);
            System.out.printf(Locale.ROOT, "pages/s             %8.1f%n", pages / wallSeconds);
            System.out.printf(Locale.ROOT, "CPU (crawler JVM)   %8.2f s  = %.2f ms/page, %.0f pages per CPU-second%n",
                    crawlerCpuSeconds, 1000 * crawlerCpuSeconds / Math.max(1, pages), pages / Math.max(1e-9, crawlerCpuSeconds));
            if (farmRequests >= 0) {
                System.out.printf(Locale.ROOT, "CPU (farm JVM)      %8.2f s  = %.2f ms a request served (%d; the simulated sites, on the same cores)%n",
                        farmCpuSeconds, 1000 * farmCpuSeconds / Math.max(1, farmRequests), farmRequests);
            }
            System.out.printf(Locale.ROOT, "peak heap           %8.1f MB%n", peakHeapBytes / 1048576.0);
            if (floorSeconds > 0) {
                System.out.printf(Locale.ROOT, "politeness floor    %8.2f s  (%d pages, the most fetched from one site, x delay, x waves of sites)%n",
                        floorSeconds, maxPagesOnOneSite);
                System.out.printf(Locale.ROOT, "nominal floor       %8.2f s  (the site size in pages x delay)%n", nominalFloorSeconds);
                System.out.printf(Locale.ROOT, "wall / floor        %8.3f%n", wallSeconds / floorSeconds);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        // Every request goes through one proxy, which the JDK's keep-alive cache counts as one
        // destination (5 idle connections by default): let all sites keep theirs.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "1000");
        }
        int sites = intArg(args, "--sites", 1000);
        int pages = intArg(args, "--pages", 30);
        long delayMs = intArg(args, "--delay-ms", 1000);
        long latencyMs = intArg(args, "--latency-ms", 50);
        int cpuSites = intArg(args, "--cpu-sites", 300);
        int parallel = intArg(args, "--parallel", sites);
        int warmupSites = intArg(args, "--warmup-sites", Math.min(100, sites));
        if (List.of(args).contains("--serve")) {
            serve(sites, pages, Duration.ofMillis(latencyMs));
            return;
        }
        boolean skipPolite = List.of(args).contains("--cpu-only");
        System.out.printf(Locale.ROOT, "CrawlBenchmark: %d sites x %d pages, delay %d ms, latency %d ms, %d cores, max heap %d MB%n",
                sites, pages, delayMs, latencyMs, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576);
        String peer = stringArg(args, "--peer", "crawler4j");
        if (!peer.equals("crawler4j") && !peer.equals("none")) {
            throw new IllegalArgumentException("--peer must be crawler4j or none, not " + peer);
        }
        if (!skipPolite) {
            if (warmupSites > 0) {
                // The first crawl in a JVM also pays the JIT compiler (a quarter of its CPU in a profile):
                // a server crawls round after round, so the measured crawl is a warm one.
                run("warm-up: " + warmupSites + " sites, no delay (JIT compilation; not counted below)", warmupSites, pages,
                        Duration.ZERO, Duration.ZERO, true, null, warmupSites).print();
            }
            Set<String> fetched = ConcurrentHashMap.newKeySet();
            Figures ours = run("politeness " + delayMs + " ms, latency " + latencyMs + " ms"
                    + (parallel < sites ? ", " + parallel + " sites at once" : ""), sites, pages,
                    Duration.ofMillis(delayMs), Duration.ofMillis(latencyMs), true, fetched, parallel);
            ours.print();
            if (peer.equals("crawler4j")) {
                int peerThreads = intArg(args, "--peer-threads", Math.min(sites, 1000));
                if (warmupSites > 0) {
                    System.out.printf(Locale.ROOT, "%n(crawler4j warm-up: %d sites, no delay; not counted below)", warmupSites);
                    runCrawler4j(warmupSites, pages, Duration.ZERO, Duration.ZERO, fetched, Math.min(peerThreads, warmupSites))
                            .print();
                }
                Figures theirs = runCrawler4j(sites, pages, Duration.ofMillis(delayMs), Duration.ofMillis(latencyMs), fetched,
                        peerThreads);
                theirs.print();
                printSideBySide(ours, theirs);
            }
        }
        if (cpuSites == 0) {
            return;
        }
        Figures with = run("no delay, no latency (CPU cost)", cpuSites, pages, Duration.ZERO, Duration.ZERO, true, null, cpuSites);
        with.print();
        Figures without = run("no delay, no latency, website checks off", cpuSites, pages, Duration.ZERO, Duration.ZERO, false,
                null, cpuSites);
        without.print();
        printWebsiteCost(with, without, Duration.ofMillis(delayMs));
    }

    /** What the website and link checks add per site: the same farm crawled with and without them. */
    static void printWebsiteCost(Figures with, Figures without, Duration delay) {
        double sites = with.sites();
        double requests = (with.pages() - without.pages()) / sites;
        double cpuMs = 1000 * (with.crawlerCpuSeconds() - without.crawlerCpuSeconds()) / sites;
        System.out.printf(Locale.ROOT, "%n== what the website checks (freshness, OGI links, online requests, annual report) add per site ==%n");
        System.out.printf(Locale.ROOT, "requests            %+8.2f a site (%.1f with, %.1f without; %.1f links checked a site)%n",
                requests, with.pages() / sites, without.pages() / sites, with.linksChecked() / sites);
        System.out.printf(Locale.ROOT, "crawler CPU         %+8.2f ms a site (%.1f with, %.1f without)%n", cpuMs,
                1000 * with.crawlerCpuSeconds() / sites, 1000 * without.crawlerCpuSeconds() / sites);
        System.out.printf(Locale.ROOT, "wall (no delay)     %+8.2f s for %d sites%n", with.wallSeconds() - without.wallSeconds(),
                with.sites());
        System.out.printf(Locale.ROOT, "at %d ms politeness %+8.1f s a site (the added requests x delay; sites run in parallel)%n",
                delay.toMillis(), requests * delay.toMillis() / 1000.0);
    }

    /**
     * @param websiteChecks whether the crawler reads the website facts (off only to measure what they cost)
     * @param sink          when not null, receives every page our crawler fetched (as {@link Crawler4jPeer#key})
     * @param parallel      sites crawled at once; the floor counts one site's time per wave of this many
     */
    static Figures run(String label, int siteCount, int pages, Duration delay, Duration latency, boolean websiteChecks,
            Set<String> sink, int parallel)
            throws Exception {
        BenchmarkFarm farm = BenchmarkFarm.of(siteCount, pages);
        Farm server = new Farm(siteCount, pages, latency);
        Figures figures;
        try (server) {
            int port = server.port;
            CrawlerSettings settings = CrawlerSettings.defaults()
                    .withProxy(new InetSocketAddress("127.0.0.1", port))
                    .withAllowPrivateAddresses(true)
                    .withPolitenessDelay(delay)
                    .withPageBudget(pages)
                    .withMaxDepth(3)
                    .withParallelSites(parallel)
                    .withOgiPlatformHosts(Set.of())
                    .withWebsiteChecks(websiteChecks);
            System.gc();
            HeapSampler heap = new HeapSampler();
            heap.start();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<SiteResult> results;
            try (Crawler crawler = new Crawler(settings)) {
                results = crawler.crawlAll(farm.targets(), sink == null ? CrawlListener.NONE : new CrawlListener() {
                    @Override
                    public void pageFetched(SiteTarget target, String url, int status) {
                        sink.add(Crawler4jPeer.key(url));
                    }
                });
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            long cpu = processCpuNanos() - cpu0;
            heap.stopSampling();
            long fetched = results.stream().mapToLong(SiteResult::pagesFetched).sum();
            int errors = (int) results.stream().filter(r -> r.error() != null).count();
            int guides = (int) results.stream().filter(r -> r.guide().found()).count();
            int catalogues = (int) results.stream().filter(r -> r.catalogue().found()).count();
            int maxPages = results.stream().mapToInt(SiteResult::pagesFetched).max().orElse(0);
            double waves = Math.ceil(siteCount / (double) parallel);
            double seconds = waves * delay.toMillis() / 1000.0;
            figures = new Figures(label, siteCount, fetched, wall, cpu / 1e9, cpu / 1e9, heap.peak(),
                    maxPages * seconds, pages * seconds, maxPages, errors, guides, catalogues, errorSummary(results),
                    results.stream().mapToLong(r -> r.website().linksChecked()).sum(), Double.NaN, -1);
        }
        return figures.withFarm(server);
    }

    /** crawler4j over a fresh farm of the same sites, fetching the pages our crawler fetched, in this JVM. */
    static Figures runCrawler4j(int siteCount, int pages, Duration delay, Duration latency, Set<String> fetched, int threads)
            throws Exception {
        List<String> homepages = BenchmarkFarm.of(siteCount, pages).targets().stream()
                .map(t -> dev.ogi.crawlers.fetch.Urls.withDefaultScheme(t.homepage())).toList();
        Farm server = new Farm(siteCount, pages, latency);
        Figures figures;
        try (server) {
            int port = server.port;
            System.gc();
            HeapSampler heap = new HeapSampler();
            heap.start();
            long cpu0 = processCpuNanos();
            Crawler4jPeer.Outcome out = new Crawler4jPeer(Set.copyOf(fetched)).crawl(homepages, port, delay, threads);
            long cpu = processCpuNanos() - cpu0;
            heap.stopSampling();
            double seconds = delay.toMillis() / 1000.0;
            figures = new Figures("crawler4j 4.4.0, " + threads + " threads, same farm and pages (wall until its last page; "
                    + String.format(Locale.ROOT, "%.1f s until it stopped", out.wallSeconds()) + ")", siteCount, out.pages(),
                    out.wallToLastPageSeconds(), cpu / 1e9, cpu / 1e9, heap.peak(), out.maxPagesOnOneHost() * seconds,
                    pages * seconds, out.maxPagesOnOneHost(), 0, 0, 0, "", 0, Double.NaN, -1);
        }
        return figures.withFarm(server);
    }

    private static void printSideBySide(Figures ours, Figures theirs) {
        System.out.printf(Locale.ROOT, "%n== side by side: ours vs crawler4j (same run, same farm, same delay per host) ==%n");
        System.out.printf(Locale.ROOT, "%-16s %12s %12s %12s%n", "", "ours", "crawler4j", "crawler4j/ours");
        row("pages fetched", ours.pages(), theirs.pages(), "%12.0f");
        row("wall s", ours.wallSeconds(), theirs.wallSeconds(), "%12.2f");
        row("wall / floor", ours.wallSeconds() / ours.floorSeconds(), theirs.wallSeconds() / theirs.floorSeconds(), "%12.3f");
        row("CPU ms/page", msPerPage(ours), msPerPage(theirs), "%12.2f");
        row("pages/s", ours.pages() / ours.wallSeconds(), theirs.pages() / theirs.wallSeconds(), "%12.1f");
        row("peak heap MB", ours.peakHeapBytes() / 1048576.0, theirs.peakHeapBytes() / 1048576.0, "%12.1f");
    }

    private static void row(String name, double ours, double theirs, String format) {
        System.out.printf(Locale.ROOT, "%-16s " + format + " " + format + " %12.2f%n", name, ours, theirs, theirs / ours);
    }

    private static double msPerPage(Figures f) {
        return 1000 * f.crawlerCpuSeconds() / Math.max(1, f.pages());
    }

    /**
     * The farm runs in a JVM of its own, so its heap and CPU are not counted as the crawler's; on
     * close it reports what it spent, since it shares the machine's cores with the crawler.
     */
    private static final class Farm implements AutoCloseable {
        private final Process process;
        private final java.io.BufferedReader lines;
        final int port;
        double cpuSeconds = Double.NaN;
        long requests = -1;

        Farm(int siteCount, int pages, Duration latency) throws java.io.IOException {
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g"));
            String jfr = System.getProperty("ogi.bench.farmJfr");
            if (jfr != null) {
                // to profile the simulated sites themselves
                command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrawlBenchmark.class.getName(), "--serve",
                    "--sites", String.valueOf(siteCount), "--pages", String.valueOf(pages), "--latency-ms",
                    String.valueOf(latency.toMillis())));
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            port = Integer.parseInt(awaitLine("PORT ").trim());
        }

        private String awaitLine(String prefix) throws java.io.IOException {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
            }
            throw new IllegalStateException("the simulated farm stopped before printing " + prefix.trim());
        }

        /** CPU milliseconds the farm spent per request it served. */
        double msPerRequest() {
            return 1000 * cpuSeconds / Math.max(1, requests);
        }

        @Override
        public void close() throws InterruptedException, java.io.IOException {
            process.getOutputStream().close();
            try {
                String[] spent = awaitLine("SPENT ").trim().split(" ");
                cpuSeconds = Long.parseLong(spent[0]) / 1e9;
                requests = Long.parseLong(spent[1]);
            } catch (RuntimeException | java.io.IOException e) {
                System.err.println("the farm did not report its CPU: " + e);
            }
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroy();
            }
        }
    }

    /** The farm's side: serve N sites through a loopback proxy until the parent closes our stdin. */
    private static void serve(int sites, int pages, Duration latency) throws Exception {
        try (SimulatedWeb web = BenchmarkFarm.of(sites, pages).install(SimulatedWeb.start(LocalDate.of(2008, 1, 15)))) {
            web.setLogging(false);
            web.setLatency(latency);
            System.out.println("PORT " + web.port());
            System.out.flush();
            long cpu0 = processCpuNanos();
            long requests0 = web.requestCount();
            while (System.in.read() >= 0) {
                // wait for the parent to finish
            }
            System.out.println("SPENT " + (processCpuNanos() - cpu0) + " " + (web.requestCount() - requests0));
            System.out.flush();
        }
    }

    private static String errorSummary(List<SiteResult> results) {
        java.util.Map<String, Long> counts = results.stream().filter(r -> r.error() != null)
                .collect(java.util.stream.Collectors.groupingBy(r -> r.error().replaceAll("https?://\\S+", "URL").replaceAll("\\d+", "N"),
                        java.util.stream.Collectors.counting()));
        return counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(e -> e.getValue() + " x " + e.getKey()).collect(java.util.stream.Collectors.joining("; "));
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Samples used heap every 20 ms; peak is the largest sample (and at least the pools' own peaks after reset). */
    private static final class HeapSampler extends Thread {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
        }

        @Override
        public void run() {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
            interrupt();
        }

        long peak() {
            return peak.get();
        }
    }

    /** Run from the server's jar, logback would log at DEBUG without a configuration: keep it to warnings. */
    private static void quietLogging() {
        Object root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        try {
            Class<?> level = Class.forName("ch.qos.logback.classic.Level");
            root.getClass().getMethod("setLevel", level).invoke(root, level.getField("WARN").get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another logging backend: its own defaults apply
        }
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
