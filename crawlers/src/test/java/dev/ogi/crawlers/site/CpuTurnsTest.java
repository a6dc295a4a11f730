package dev.ogi.crawlers.site;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CpuTurnsTest {

    /** Takes the turn on a thread of its own; the latch opens once it holds it. */
    private static CountDownLatch takeInBackground(CpuTurns.Turn turn) {
        CountDownLatch holds = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                turn.take();
                holds.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
        return holds;
    }

    /** Another crawl's take waits while {@code holder} holds the only turn, and goes on once it is given. */
    private static void anotherWaitsUntilGiven(CpuTurns turns, CpuTurns.Turn holder) throws InterruptedException {
        CountDownLatch other = takeInBackground(turns.turn());
        assertThat(other.await(200, TimeUnit.MILLISECONDS)).isFalse();
        holder.give();
        assertThat(other.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aSecondCrawlComputesOnlyOnceTheFirstGivesItsTurnBack() throws InterruptedException {
        CpuTurns turns = new CpuTurns(1);
        CpuTurns.Turn first = turns.turn();
        first.take();
        anotherWaitsUntilGiven(turns, first);
    }

    @Test
    void aTurnGivenTwiceOrTakenTwiceCountsOnce() throws InterruptedException {
        CpuTurns turns = new CpuTurns(1);
        CpuTurns.Turn first = turns.turn();
        first.take();
        first.take(); // already held: does not wait for itself
        first.give();
        first.give(); // not held any more: no second turn appears
        CpuTurns.Turn second = turns.turn();
        second.take();
        anotherWaitsUntilGiven(turns, second);
    }
}
