package dev.ogi.server.bulletins;

import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.CheckSnapshot;
import dev.ogi.reports.score.DeclarationFact;
import dev.ogi.reports.score.ScoringEngine;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.reports.score.UnitInfo;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Scores every active unit from the stored crawl checks and approved declarations with the
 * scoring engine. A stand-in used until the scores feature's own service is wired in its place
 * (it reads the same tables: {@code site_checks}, {@code declarations}/{@code declaration_versions});
 * overrides are not read here.
 */
public final class StoredFactsScoreSource implements ScoreSource {

    private final Jdbi jdbi;
    private final ScoringEngine engine = new ScoringEngine();

    public StoredFactsScoreSource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<UnitScore> scores(Campaign campaign, LocalDate asOf) {
        return jdbi.withHandle(handle -> {
            List<UnitInfo> units = handle.createQuery(
                            "SELECT code, name, short_name, unit_group FROM units WHERE active = 1 ORDER BY code")
                    .map((rs, ctx) -> new UnitInfo(rs.getString("code"), rs.getString("name"),
                            rs.getString("short_name"), rs.getString("unit_group")))
                    .list();
            Map<String, List<CheckSnapshot>> checks = new HashMap<>();
            handle.createQuery("SELECT * FROM site_checks WHERE as_of <= :asOf ORDER BY as_of, id")
                    .bind("asOf", asOf.toString())
                    .map((rs, ctx) -> Map.entry(rs.getString("unit_code"), new CheckSnapshot(
                            LocalDate.parse(rs.getString("as_of")), rs.getLong("round_id"), rs.getLong("id"),
                            rs.getInt("reachable") == 1, rs.getInt("guide_found") == 1, rs.getString("guide_url"),
                            codes(rs.getString("guide_elements"), GuideElement.class),
                            rs.getInt("catalogue_found") == 1, rs.getString("catalogue_url"),
                            (Integer) rs.getObject("catalogue_entries"),
                            codes(rs.getString("catalogue_fields"), CatalogueField.class),
                            rs.getInt("ogi_column") == 1, rs.getInt("carried_over") == 1)))
                    .forEach(e -> checks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<String, List<DeclarationFact>> declarations = new HashMap<>();
            handle.createQuery("SELECT d.id, d.unit_code, d.type_id, v.version, v.submitted_at, v.published_at"
                            + " FROM declarations d JOIN declaration_versions v ON v.declaration_id = d.id"
                            + " WHERE d.campaign_id = :campaign AND v.status = 'published' AND v.published_at IS NOT NULL")
                    .bind("campaign", campaign.id())
                    .map((rs, ctx) -> new DeclarationFact(rs.getString("unit_code"), rs.getString("type_id"),
                            day(rs.getString("submitted_at")), day(rs.getString("published_at")), rs.getLong("id"),
                            rs.getInt("version")))
                    .forEach(f -> declarations.computeIfAbsent(f.unitCode(), k -> new ArrayList<>()).add(f));
            List<UnitFacts> facts = units.stream()
                    .map(u -> new UnitFacts(u, checks.getOrDefault(u.code(), List.of()),
                            declarations.getOrDefault(u.code(), List.of()), List.of()))
                    .toList();
            return engine.scoreAll(campaign, facts, asOf);
        });
    }

    /** The day of a stored date or instant (2007-10-05 or 2007-10-05T08:00:00Z). */
    private static LocalDate day(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    private static <E extends Enum<E>> Set<E> codes(String commaSeparated, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return set;
        }
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(code -> {
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(code)) {
                    set.add(value);
                }
            }
        });
        return set;
    }
}
