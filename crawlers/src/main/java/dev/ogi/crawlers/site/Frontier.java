package dev.ogi.crawlers.site;

import dev.ogi.crawlers.judge.Intent;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * What one site's crawl fetches next: best first by link score, less three points per level of
 * depth, first come first served among equals. Knows every address already requested (so none is
 * fetched twice) and when exploring is no longer worth a request.
 */
final class Frontier {

    /** Low-value links (score 10 or less) fetched at most this many times per site. */
    static final int LOW_VALUE_FETCHES = 10;
    /** Once both guide and catalogue are found, only links scoring at least this are fetched. */
    static final int SCORE_WHEN_BOTH_FOUND = 60;

    /**
     * An address to fetch.
     *
     * @param depth     link distance from the homepage
     * @param score     the link's value (LinkScorer; 1000 for a redirect, 900 for a frame)
     * @param intent    what the link promised
     * @param anchor    the link's text, for evidence
     * @param hops      redirects (meta, script) followed to get here
     * @param homeChain whether this is the homepage or where it redirects/frames to
     */
    record Candidate(URI url, int depth, int score, Intent intent, String anchor, int hops,
                     boolean homeChain, long seq) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int a = score - 3 * depth;
            int b = o.score - 3 * o.depth;
            if (a != b) {
                return Integer.compare(b, a);
            }
            return Long.compare(seq, o.seq);
        }
    }

    private final Set<String> requested = new HashSet<>();
    private final Map<String, Integer> queuedScore = new HashMap<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>();
    private long sequence;
    private int lowValueFetches;

    /** Queues an address unless already requested or already queued with at least this score. */
    void offer(URI url, int depth, int score, Intent intent, String anchor, int hops, boolean homeChain) {
        String key = url.toString();
        if (requested.contains(key)) {
            return;
        }
        Integer known = queuedScore.get(key);
        if (known != null && known >= score) {
            return;
        }
        queuedScore.put(key, score);
        queue.add(new Candidate(url, depth, score, intent, anchor, hops, homeChain, sequence++));
    }

    /**
     * The next address worth a request, or empty when exploring should stop: nothing left,
     * nothing of value left, both findings made and nothing promising, or too many low-value
     * fetches.
     */
    Optional<Candidate> next(boolean bothFound) {
        while (!queue.isEmpty()) {
            Candidate next = queue.poll();
            if (requested.contains(next.url().toString())) {
                continue;
            }
            if (next.score() <= 0) {
                return Optional.empty();
            }
            if (bothFound && next.score() < SCORE_WHEN_BOTH_FOUND) {
                return Optional.empty();
            }
            if (next.score() <= 10 && ++lowValueFetches > LOW_VALUE_FETCHES) {
                return Optional.empty();
            }
            return Optional.of(next);
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Records a request (each hop of a redirect chain included), so the address is not queued again. */
    void markRequested(URI url) {
        requested.add(url.toString());
    }

    boolean wasRequested(URI url) {
        return requested.contains(url.toString());
    }
}
