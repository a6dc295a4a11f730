package dev.ogi.reports.score;

/**
 * The office's ruling that one indicator does not apply to a unit (a department without a
 * website of its own on the shared platform, say). The indicator then scores neither points nor
 * maximum, and says why.
 *
 * @param id          the exemption (the evidence reference)
 * @param unitCode    the unit
 * @param indicatorId the campaign's indicator id
 * @param reason      why it does not apply
 */
public record ScoreExemption(long id, String unitCode, String indicatorId, String reason) {
}
