package dev.ogi.reports.score;

import java.util.List;

/**
 * Everything known about one unit that scoring reads: its crawl history (any order), its
 * approved declaration versions, the overrides made on it (history, any order) and the
 * indicators the office ruled not applicable to it, and its website facts.
 */
public record UnitFacts(
        UnitInfo unit,
        List<CheckSnapshot> checks,
        List<DeclarationFact> declarations,
        List<ScoreOverride> overrides,
        List<ScoreExemption> exemptions,
        WebsiteFacts website) {

    public UnitFacts(UnitInfo unit, List<CheckSnapshot> checks, List<DeclarationFact> declarations,
            List<ScoreOverride> overrides, List<ScoreExemption> exemptions) {
        this(unit, checks, declarations, overrides, exemptions, WebsiteFacts.none());
    }

    public UnitFacts(UnitInfo unit, List<CheckSnapshot> checks, List<DeclarationFact> declarations,
            List<ScoreOverride> overrides) {
        this(unit, checks, declarations, overrides, List.of());
    }

    public UnitFacts {
        website = website == null ? WebsiteFacts.none() : website;
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        checks = checks == null ? List.of() : List.copyOf(checks);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
