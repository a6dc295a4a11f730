package dev.ogi.reports.score;

import java.util.List;

/**
 * Everything known about one unit that scoring reads: its crawl history (any order), its
 * approved declaration versions, the overrides made on it (history, any order) and the
 * indicators the office ruled not applicable to it, and its website facts over time.
 */
public record UnitFacts(
        UnitInfo unit,
        List<CheckSnapshot> checks,
        List<DeclarationFact> declarations,
        List<ScoreOverride> overrides,
        List<ScoreExemption> exemptions,
        WebsiteHistory website) {

    /** With the same website facts on every day. */
    public UnitFacts(UnitInfo unit, List<CheckSnapshot> checks, List<DeclarationFact> declarations,
            List<ScoreOverride> overrides, List<ScoreExemption> exemptions, WebsiteFacts website) {
        this(unit, checks, declarations, overrides, exemptions,
                WebsiteHistory.always(website == null ? WebsiteFacts.none() : website));
    }

    public UnitFacts(UnitInfo unit, List<CheckSnapshot> checks, List<DeclarationFact> declarations,
            List<ScoreOverride> overrides, List<ScoreExemption> exemptions) {
        this(unit, checks, declarations, overrides, exemptions, WebsiteHistory.none());
    }

    public UnitFacts(UnitInfo unit, List<CheckSnapshot> checks, List<DeclarationFact> declarations,
            List<ScoreOverride> overrides) {
        this(unit, checks, declarations, overrides, List.of());
    }

    public UnitFacts {
        website = website == null ? WebsiteHistory.none() : website;
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        checks = checks == null ? List.of() : List.copyOf(checks);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
