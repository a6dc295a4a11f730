package dev.ogi.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing without letting anyone lock an account out. Attempts are counted per
 * source and account, and per account over all sources; each attempt is counted when it begins,
 * before the slow hash, so parallel guesses cannot slip past the count. Past the free attempts,
 * every further one must wait a delay that doubles with each failure, up to {@code maxDelay}:
 * a guesser from one address is slowed down, while the account's owner, from another address,
 * still signs in (the per-account count has far more free attempts). A success clears both.
 * Kept in the database ({@link LoginThrottleDao}): every node of a cluster counts the same
 * guesses, and a restart does not forgive them; rows idle for a day are purged.
 */
public final class LoginThrottle {

    /** How many more free failures an account has over all sources than one source has. */
    static final int ACCOUNT_FACTOR = 10;
    /** An attempt begun this long ago without an outcome (its node died) no longer holds the next one back. */
    private static final long STALE_MS = Duration.ofMinutes(2).toMillis();
    private static final long PURGE_AFTER_MS = Duration.ofDays(1).toMillis();
    /** How long an attempt held back only by others still in flight waits for their outcome. */
    static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(3);
    /** Attempts of this node waiting at once; past them, a held-back attempt is refused at once. */
    private static final int MAX_WAITING = 32;
    private static final char SEPARATOR = '\u001f';
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

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
                dao.clear(pairKey);
                dao.clear(accountKey);
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

    private final LoginThrottleDao dao;
    private final Clock clock;
    private final int freeAttempts;
    private final Duration maxDelay;
    private final AtomicLong nextPurge = new AtomicLong();
    private final long inFlightWaitNanos;
    private final Semaphore waiting = new Semaphore(MAX_WAITING);

    /**
     * @param freeAttempts wrong passwords in a row from one source before delays begin
     * @param maxDelay     the longest wait between attempts, however many failures
     */
    public LoginThrottle(Jdbi jdbi, Clock clock, int freeAttempts, Duration maxDelay) {
        this(jdbi, clock, freeAttempts, maxDelay, IN_FLIGHT_WAIT);
    }

    LoginThrottle(Jdbi jdbi, Clock clock, int freeAttempts, Duration maxDelay, Duration inFlightWait) {
        this.dao = jdbi.onDemand(LoginThrottleDao.class);
        this.clock = clock;
        this.freeAttempts = Math.max(1, freeAttempts);
        this.maxDelay = maxDelay;
        this.inFlightWaitNanos = inFlightWait.toNanos();
    }

    /**
     * Begins an attempt for the account from the source, or says how long to wait first. An
     * attempt held back only because the outcomes of others are not known yet waits for them
     * (up to {@link #IN_FLIGHT_WAIT}): a script signing every request in parallel with the right
     * password goes ahead as soon as the first of them succeed, while parallel guesses still
     * wait for the failures to be counted.
     *
     * @return the attempt, or empty with {@link #waitFor} telling the wait
     */
    public Optional<Attempt> begin(String source, String username) {
        long now = clock.millis();
        long purgeAt = nextPurge.get();
        if (now >= purgeAt && nextPurge.compareAndSet(purgeAt, now + Duration.ofHours(1).toMillis())) {
            purge(now);
        }
        String pair = pairKey(source, username);
        String account = accountKey(username);
        Optional<Attempt> attempt = tryBegin(pair, account);
        if (attempt.isPresent() || inFlightWaitNanos <= 0 || delayed(pair, account) || !waiting.tryAcquire()) {
            return attempt;
        }
        try {
            long deadline = System.nanoTime() + inFlightWaitNanos;
            for (int round = 0; attempt.isEmpty() && System.nanoTime() < deadline && !delayed(pair, account); round++) {
                Thread.sleep(Math.min(50, 5L << Math.min(round, 4)));
                attempt = tryBegin(pair, account);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.release();
        }
        return attempt;
    }

    /** Guessing many names must not grow the table without bound; a failed purge waits for the next hour. */
    private void purge(long now) {
        try {
            dao.purge(now - PURGE_AFTER_MS);
        } catch (JdbiException e) {
            // e.g. two nodes purging at once deadlock on PostgreSQL: the sign-in itself must not fail
            LOG.warn("Could not purge old login throttle rows: {}", e.getMessage());
        }
    }

    private Optional<Attempt> tryBegin(String pair, String account) {
        if (!acquire(pair, freeAttempts)) {
            return Optional.empty();
        }
        if (!acquire(account, freeAttempts * ACCOUNT_FACTOR)) {
            release(pair);
            return Optional.empty();
        }
        return Optional.of(new Attempt(pair, account));
    }

    private boolean delayed(String pair, String account) {
        return dao.notBefore(List.of(pair, account)).filter(notBefore -> notBefore > clock.millis()).isPresent();
    }

    /**
     * How long the source must wait, after failures, before its next attempt on the account: zero
     * when an attempt was refused only because others were still in flight.
     */
    public Duration waitFor(String source, String username) {
        long now = clock.millis();
        long latest = Math.max(now, dao.notBefore(List.of(pairKey(source, username), accountKey(username))).orElse(now));
        return Duration.ofMillis(latest - now);
    }

    private static String pairKey(String source, String username) {
        return "pair" + SEPARATOR + source + SEPARATOR + username.toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String username) {
        return "account" + SEPARATOR + username.toLowerCase(Locale.ROOT);
    }

    private boolean acquire(String key, int free) {
        return dao.acquire(key, clock.millis(), free, STALE_MS).isPresent();
    }

    private void release(String key) {
        dao.release(key, clock.millis());
        dao.dropIfClear(key);
    }

    private void fail(String key, int free) {
        long now = clock.millis();
        long firstNotBefore = now + delayAfter(1).toMillis();
        int failures = dao.fail(key, now, free, firstNotBefore, free <= 1 ? firstNotBefore : null);
        if (failures >= free) {
            dao.delay(key, now + delayAfter(failures - free + 1).toMillis());
        }
    }

    /** 1 s after the first failure past the free ones, then 2 s, 4 s, ... up to the maximum. */
    Duration delayAfter(int excessFailures) {
        Duration delay = Duration.ofSeconds(1L << Math.min(30, excessFailures - 1));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
