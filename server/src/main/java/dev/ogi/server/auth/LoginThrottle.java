package dev.ogi.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without letting anyone lock an account out. Attempts are counted per
 * source and account, and per account over all sources; each attempt is counted when it begins,
 * before the slow hash, so parallel guesses cannot slip past the count. Past the free attempts,
 * every further one must wait a delay that doubles with each failure, up to {@code maxDelay}:
 * a guesser from one address is slowed down, while the account's owner, from another address,
 * still signs in (the per-account count has far more free attempts). A success clears both.
 * Kept in memory: a restart forgives, which is acceptable for delays measured in minutes.
 */
public final class LoginThrottle {

    /** How many more free failures an account has over all sources than one source has. */
    static final int ACCOUNT_FACTOR = 10;
    private static final int MAX_ENTRIES = 100_000;

    private record State(int failures, int inFlight, Instant notBefore) {
    }

    /** An attempt that may go ahead; end it with {@link #succeeded()} or {@link #failed()}. */
    public final class Attempt {
        private final String pairKey;
        private final String accountKey;
        private boolean ended;

        private Attempt(String pairKey, String accountKey) {
            this.pairKey = pairKey;
            this.accountKey = accountKey;
        }

        public void succeeded() {
            if (end()) {
                states.remove(pairKey);
                states.remove(accountKey);
            }
        }

        public void failed() {
            if (end()) {
                fail(pairKey, freeAttempts);
                fail(accountKey, freeAttempts * ACCOUNT_FACTOR);
            }
        }

        /** Neither right nor wrong (e.g. the check itself failed): give the attempt back. */
        public void abandoned() {
            if (end()) {
                release(pairKey);
                release(accountKey);
            }
        }

        private synchronized boolean end() {
            boolean first = !ended;
            ended = true;
            return first;
        }
    }

    private final Clock clock;
    private final int freeAttempts;
    private final Duration maxDelay;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    /**
     * @param freeAttempts wrong passwords in a row from one source before delays begin
     * @param maxDelay     the longest wait between attempts, however many failures
     */
    public LoginThrottle(Clock clock, int freeAttempts, Duration maxDelay) {
        this.clock = clock;
        this.freeAttempts = Math.max(1, freeAttempts);
        this.maxDelay = maxDelay;
    }

    /**
     * Begins an attempt for the account from the source, or says how long to wait first.
     *
     * @return the attempt, or empty with {@link #waitFor} telling the wait
     */
    public Optional<Attempt> begin(String source, String username) {
        if (states.size() > MAX_ENTRIES) {
            // guessing many names must not grow memory without bound
            states.clear();
        }
        String account = "account\u0000" + username.toLowerCase(Locale.ROOT);
        String pair = "pair\u0000" + source + "\u0000" + username.toLowerCase(Locale.ROOT);
        if (!acquire(pair, freeAttempts)) {
            return Optional.empty();
        }
        if (!acquire(account, freeAttempts * ACCOUNT_FACTOR)) {
            release(pair);
            return Optional.empty();
        }
        return Optional.of(new Attempt(pair, account));
    }

    /** How long the source must wait before its next attempt on the account (zero when it may go). */
    public Duration waitFor(String source, String username) {
        Instant now = clock.instant();
        Instant latest = now;
        for (String key : new String[] {"pair\u0000" + source + "\u0000" + username.toLowerCase(Locale.ROOT),
                "account\u0000" + username.toLowerCase(Locale.ROOT)}) {
            State state = states.get(key);
            if (state != null && state.notBefore() != null && state.notBefore().isAfter(latest)) {
                latest = state.notBefore();
            }
        }
        Duration wait = Duration.between(now, latest);
        // an attempt refused only because another one is in flight waits about a second
        return wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    private boolean acquire(String key, int free) {
        Instant now = clock.instant();
        boolean[] granted = new boolean[1];
        states.compute(key, (k, state) -> {
            State current = state == null ? new State(0, 0, null) : state;
            if (current.notBefore() != null && now.isBefore(current.notBefore())) {
                return current;
            }
            // past the free attempts, one at a time: the next waits for this one's outcome
            if (current.failures() + current.inFlight() >= free && current.inFlight() > 0) {
                return current;
            }
            granted[0] = true;
            return new State(current.failures(), current.inFlight() + 1, current.notBefore());
        });
        return granted[0];
    }

    private void release(String key) {
        states.computeIfPresent(key, (k, state) -> state.failures() == 0 && state.inFlight() <= 1
                ? null
                : new State(state.failures(), Math.max(0, state.inFlight() - 1), state.notBefore()));
    }

    private void fail(String key, int free) {
        Instant now = clock.instant();
        states.compute(key, (k, state) -> {
            State current = state == null ? new State(0, 1, null) : state;
            int failures = current.failures() + 1;
            Instant notBefore = failures >= free ? now.plus(delayAfter(failures - free + 1)) : null;
            return new State(failures, Math.max(0, current.inFlight() - 1), notBefore);
        });
    }

    /** 1 s after the first failure past the free ones, then 2 s, 4 s, ... up to the maximum. */
    Duration delayAfter(int excessFailures) {
        Duration delay = Duration.ofSeconds(1L << Math.min(30, excessFailures - 1));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
