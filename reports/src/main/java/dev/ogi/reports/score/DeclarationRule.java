package dev.ogi.reports.score;

import dev.ogi.reports.campaign.DeclarationType;

/** {@code declaration_approved}: met on the day the earliest approved version was submitted. */
final class DeclarationRule {

    private DeclarationRule() {
    }

    static IndicatorScore judge(Judging j) {
        String typeId = j.param("declarationType", j.indicator().id());
        String title = j.campaign().declarationType(typeId).map(DeclarationType::title).orElse(j.indicator().title());
        DeclarationFact fact = j.facts().approvedByType.get(typeId);
        if (fact == null) {
            return j.unmet(() -> ScoreReasons.noApprovedDeclaration(title));
        }
        return j.met(fact.creditedOn(), ScoreEvidence.declaration(fact.declarationId(), fact.version()),
                (daysLate, points) -> ScoreReasons.declared(title, fact.creditedOn(), fact.approvedOn(), daysLate,
                        points, j.weight()));
    }
}
