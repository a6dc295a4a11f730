package dev.ogi.server.db;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs a transaction again when SQLite answers "database is locked" (SQLITE_BUSY), which it does
 * at once, busy timeout or not, when a transaction that began by reading wants to write after
 * another writer committed. Two units saving drafts at the same moment must both succeed, never
 * see a 500. Only the outermost transaction is retried, after a short random pause, and the
 * transaction bodies only touch the database (and content-addressed files), so a retry is safe.
 * On PostgreSQL the same goes for a serialization failure or a deadlock (SQLSTATE 40001, 40P01),
 * and, a few times, for a unique violation (23505): PostgreSQL lets two transactions both find no
 * row and both insert it (SQLite makes the second wait and retry above), so the loser runs again
 * and finds the winner's row.
 */
final class BusyRetryTransactionHandler extends DelegatingTransactionHandler {

    private static final int MAX_ATTEMPTS = 40;
    private static final int MAX_UNIQUE_ATTEMPTS = 3;
    private static final int SQLITE_BUSY = 5;

    BusyRetryTransactionHandler() {
        super(LocalTransactionHandler.binding());
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        if (handle.isInTransaction()) {
            return getDelegate().inTransaction(handle, callback);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return getDelegate().inTransaction(handle, callback);
            } catch (RuntimeException e) {
                if (!retryable(e, attempt)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
            HandleCallback<R, X> callback) throws X {
        if (handle.isInTransaction()) {
            return getDelegate().inTransaction(handle, level, callback);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return getDelegate().inTransaction(handle, level, callback);
            } catch (RuntimeException e) {
                if (!retryable(e, attempt)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static boolean retryable(RuntimeException e, int attempt) {
        return attempt < MAX_ATTEMPTS && isBusy(e) || attempt < MAX_UNIQUE_ATTEMPTS && isUniqueViolation(e);
    }

    static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && t.getClass().getName().startsWith("org.postgresql.")) {
                return true;
            }
        }
        return false;
    }

    static boolean isBusy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() & 0xff) == SQLITE_BUSY
                    && t.getClass().getName().startsWith("org.sqlite.")) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        long bound = Math.min(250, 10L * attempt);
        try {
            Thread.sleep(5 + ThreadLocalRandom.current().nextLong(bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
