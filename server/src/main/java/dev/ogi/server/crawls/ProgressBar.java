package dev.ogi.server.crawls;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.model.SiteResult;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** A terminal progress bar for a crawl round: units done of total, pages fetched, errors. */
final class ProgressBar implements CrawlListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    @Override
    public void pageFetched(dev.ogi.crawlers.model.SiteTarget target, String url, int status) {
        pages.incrementAndGet();
    }

    @Override
    public void siteFinished(SiteResult result) {
        if (!result.reachable() || result.error() != null) {
            errors.incrementAndGet();
        }
        int n = done.incrementAndGet();
        print(n);
    }

    private synchronized void print(int n) {
        int filled = total == 0 ? WIDTH : (int) ((long) n * WIDTH / total);
        out.printf("\r[%s%s] %d/%d 个单位  %d 个页面  %d 个出错", "#".repeat(filled), ".".repeat(WIDTH - filled), n, total,
                pages.get(), errors.get());
        if (n == total) {
            out.println();
        }
        out.flush();
    }
}
