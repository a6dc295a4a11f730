package dev.ogi.server.alerts;

/**
 * One alert to a unit, as stored and as the unit page lists it.
 *
 * @param kind   lost (a published item is gone), veto (a single-veto item), due (a deadline is near: 催办)
 * @param status queued, sending, sent, failed (given up), no_address (the unit has no OGI office e-mail)
 */
public record UnitAlert(long id, String unitCode, String eventKey, String kind, String message, String detectedOn,
        String createdAt, String email, String status, int attempts, String nextAttemptAt, String sentAt,
        String lastError) {
}
