package dev.ogi.server.appeals;

/**
 * One appeal, as stored and as the API shows it.
 *
 * @param status       pending, upheld (维持) or revised (改判)
 * @param evidenceFile the name of the document attached as evidence, if any
 * @param evidenceSize its size in bytes
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
        Long overrideId,
        String evidenceFile,
        Long evidenceSize) {

    public static final String PENDING = "pending";
    public static final String UPHELD = "upheld";
    public static final String REVISED = "revised";
}
