package dev.ogi.reports.score;

import java.time.LocalDate;

/**
 * One approved (published, 公示) version of a unit's declaration.
 *
 * @param unitCode      the unit
 * @param typeId        the campaign's declaration type (organisation, systems, ...)
 * @param submittedOn   the day this version was submitted for review (the day that counts for
 *                      timeliness: a slow review does not make a unit late); null falls back to
 *                      {@code approvedOn}
 * @param approvedOn    the day the review approved it (it counts only from that day on)
 * @param declarationId the declaration (the evidence reference)
 * @param version       the version number
 */
public record DeclarationFact(
        String unitCode,
        String typeId,
        LocalDate submittedOn,
        LocalDate approvedOn,
        long declarationId,
        int version) {

    /** The day the unit is credited with meeting the milestone. */
    public LocalDate creditedOn() {
        return submittedOn != null ? submittedOn : approvedOn;
    }
}
