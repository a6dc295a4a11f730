package dev.ogi.crawlers.site;

import dev.ogi.crawlers.judge.Intent;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FrontierTest {

    private final Frontier frontier = new Frontier();

    private static URI url(String path) {
        return URI.create("http://www.chengdu.gov.cn" + path);
    }

    private void offer(String path, int depth, int score) {
        frontier.offer(url(path), depth, score, Intent.OTHER, path, 0, false);
    }

    private List<String> drain(boolean bothFound) {
        List<String> order = new ArrayList<>();
        for (Optional<Frontier.Candidate> c = frontier.next(bothFound); c.isPresent(); c = frontier.next(bothFound)) {
            order.add(c.get().url().getPath());
        }
        return order;
    }

    @Test
    void bestScoreFirstLessThreePointsPerLevelThenFirstComeFirstServed() {
        offer("/a", 1, 50);
        offer("/b", 3, 55); // 55 - 9 = 46
        offer("/c", 1, 80);
        offer("/d", 2, 53); // 53 - 6 = 47, as /a's 50 - 3
        assertThat(drain(false)).containsExactly("/c", "/a", "/d", "/b");
    }

    @Test
    void aRequestedAddressIsNeitherQueuedNorReturned() {
        offer("/a", 1, 50);
        frontier.markRequested(url("/a"));
        offer("/b", 1, 40);
        frontier.markRequested(url("/b"));
        offer("/b", 1, 90);
        assertThat(frontier.wasRequested(url("/b"))).isTrue();
        assertThat(drain(false)).isEmpty();
    }

    @Test
    void aBetterScoreRequeuesAWorseOneDoesNot() {
        offer("/a", 1, 20);
        offer("/b", 1, 30);
        offer("/a", 1, 40);
        offer("/b", 1, 10);
        assertThat(drain(false)).containsExactly("/a", "/b", "/a");
    }

    @Test
    void stopsAtWorthlessLinksAndOnceBothAreFoundAtUnpromisingOnes() {
        offer("/good", 1, 90);
        offer("/fair", 1, 59);
        offer("/none", 1, 0);
        assertThat(drain(true)).containsExactly("/good");
        Frontier other = new Frontier();
        other.offer(url("/fair"), 1, 59, Intent.OTHER, "", 0, false);
        other.offer(url("/none"), 1, 0, Intent.OTHER, "", 0, false);
        assertThat(other.next(false)).map(c -> c.url().getPath()).contains("/fair");
        assertThat(other.next(false)).isEmpty();
    }

    @Test
    void lowValueLinksAreFetchedTenTimesAtMost() {
        for (int i = 0; i < 15; i++) {
            offer("/low" + i, 1, 10);
        }
        assertThat(drain(false)).hasSize(Frontier.LOW_VALUE_FETCHES);
    }
}
