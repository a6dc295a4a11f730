package dev.ogi.server.declarations;

/** A version waiting for a review step, as the office's queue lists it. */
public record PendingRow(
        long versionId,
        long declarationId,
        String unitCode,
        String unitName,
        String campaignId,
        String typeId,
        int version,
        String status,
        String submittedAt,
        String waitingSince) {
}
