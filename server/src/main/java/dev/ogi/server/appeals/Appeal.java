package dev.ogi.server.appeals;

/**
 * One appeal, as stored and as the API shows it.
 *
 * @param status pending, upheld (维持) or revised (改判)
 */
public record Appeal(
        long id,
        String unitCode,
        String campaignId,
        String indicatorId,
        String reason,
        String evidenceUrl,
        String status,
        String filedBy,
        String filedAt,
        String decidedBy,
        String decidedAt,
        String decisionReason,
        Long overrideId) {

    public static final String PENDING = "pending";
    public static final String UPHELD = "upheld";
    public static final String REVISED = "revised";
}
