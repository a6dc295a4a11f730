package dev.ogi.server.bulletins;

/**
 * One copy of a bulletin in the outbox.
 *
 * @param status        queued, sending (claimed by a sender), sent, failed (retried while
 *                      nextAttemptAt is set; given up when it is null)
 * @param nextAttemptAt ISO instant of the next attempt; null once sent or given up
 */
public record RecipientRow(
        long id,
        long bulletinId,
        String email,
        String unitCode,
        String status,
        int attempts,
        String lastError,
        String nextAttemptAt,
        String sentAt) {
}
