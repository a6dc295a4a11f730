package dev.ogi.server.exemptions;

/**
 * One row of an indicator's exemption history, as stored and as the API shows it.
 *
 * @param action set (the indicator does not apply) or revoke (it applies again)
 */
public record Exemption(long id, String campaignId, String unitCode, String indicatorId, String action, String reason,
        String createdBy, String createdAt) {

    public static final String SET = "set";
    public static final String REVOKE = "revoke";

    public boolean inForce() {
        return SET.equals(action);
    }
}
