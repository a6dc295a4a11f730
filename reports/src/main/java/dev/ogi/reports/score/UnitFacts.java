package dev.ogi.reports.score;

import java.util.List;

/**
 * Everything known about one unit that scoring reads: its crawl history (any order), its
 * approved declaration versions and the overrides made on it (history, any order).
 */
public record UnitFacts(
        UnitInfo unit,
        List<CheckSnapshot> checks,
        List<DeclarationFact> declarations,
        List<ScoreOverride> overrides) {

    public UnitFacts {
        checks = checks == null ? List.of() : List.copyOf(checks);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
