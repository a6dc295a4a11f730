package dev.ogi.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions read recently, so that a signed-in request costs no database query: an entry is
 * trusted for {@code recheck} after it was read, then read again. A sign-out, a disabled account,
 * a new password or a new role made on this node removes the entries at once; made on another
 * node of a cluster (or by a command) it is seen here within {@code recheck}.
 */
final class SessionCache {

    /** A session as read from the database, with the expiry it had then (or was extended to). */
    private record Entry(Optional<AuthService.ActiveSession> session, Instant expires, long readAtNanos) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every removal, so that a read racing a sign-out cannot put the session back. */
    private final AtomicLong removals = new AtomicLong();
    private final long recheckNanos;

    SessionCache(Duration recheck) {
        this.recheckNanos = recheck.toNanos();
    }

    /** The session, when read less than {@code recheck} ago and not expired at {@code now}; else empty: read it. */
    Optional<AuthService.ActiveSession> find(String idHash, Instant now) {
        Entry entry = entries.get(idHash);
        if (entry == null || System.nanoTime() - entry.readAtNanos() >= recheckNanos || !now.isBefore(entry.expires())) {
            return Optional.empty();
        }
        return entry.session();
    }

    /** Taken before reading the database: {@link #put} keeps what was read only if nothing was removed since. */
    long stamp() {
        return removals.get();
    }

    void put(String idHash, AuthService.ActiveSession session, Instant expires, long stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(idHash, new Entry(Optional.of(session), expires, System.nanoTime()));
        if (removals.get() != stamp) {
            entries.remove(idHash);
        }
    }

    void remove(String idHash) {
        removals.incrementAndGet();
        entries.remove(idHash);
    }

    void removeUser(String username) {
        removals.incrementAndGet();
        entries.values().removeIf(e -> e.session().orElseThrow().user().username().equals(username));
    }
}
