package dev.ogi.crawlers.site;

import java.util.concurrent.Semaphore;

/**
 * Turns at the processor for the site crawls of one crawler: a site crawl holds a turn while it
 * parses and judges, and gives it back while it waits for its host's turn or for an answer. A
 * thousand sites crawled at once thus wait on the network together but parse a few at a time,
 * instead of a thousand half-built documents in the heap at every collection (which promoted them
 * all and filled the old generation) and a thousand threads fighting for two cores.
 */
public final class CpuTurns {

    private final Semaphore turns;

    /** @param parallel how many site crawls may compute at once */
    public CpuTurns(int parallel) {
        this.turns = new Semaphore(Math.max(1, parallel), true);
    }

    /** Twice the processors: a turn holder sometimes blocks briefly (class loading, a listener). */
    public static CpuTurns forProcessors() {
        return new CpuTurns(2 * Runtime.getRuntime().availableProcessors());
    }

    /** One site crawl's hold on a turn; not thread-safe, like the crawl. */
    Turn turn() {
        return new Turn();
    }

    final class Turn {
        private boolean held;

        void take() throws InterruptedException {
            if (!held) {
                turns.acquire();
                held = true;
            }
        }

        void give() {
            if (held) {
                held = false;
                turns.release();
            }
        }
    }
}
