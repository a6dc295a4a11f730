package dev.ogi.reports.score;

import dev.ogi.reports.campaign.Campaign;
import java.time.LocalDate;
import java.util.List;

/** Scores units against a campaign's deadlines and weights. Pure: no I/O, no clock. */
public final class ScoringEngine {

    public UnitScore score(Campaign campaign, UnitInfo unit, List<CheckSnapshot> history,
            List<DeclarationFact> declarations, List<Override> overrides, LocalDate asOf) {
        throw new UnsupportedOperationException("being written");
    }

    public List<UnitScore> scoreAll(Campaign campaign, List<UnitFacts> units, LocalDate asOf) {
        return units.stream()
                .map(u -> score(campaign, u.unit(), u.checks(), u.declarations(), u.overrides(), asOf))
                .toList();
    }
}
