package dev.ogi.server.scores;

import dev.ogi.reports.campaign.Article19;
import dev.ogi.reports.score.CheckSnapshot;
import dev.ogi.reports.score.DeclarationFact;
import dev.ogi.reports.score.ScoreExemption;
import dev.ogi.reports.score.ScoreOverride;
import dev.ogi.server.exemptions.Exemption;
import dev.ogi.server.exemptions.ExemptionDao;
import dev.ogi.server.exemptions.ExemptionService;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.reports.score.UnitInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads everything scoring needs from the database in a few bulk queries: the active units,
 * every site check, the approved declaration versions of a campaign, its overrides and exemptions.
 */
final class ScoreFactsLoader {

    /** Timestamps without a date of their own are read as days in China. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Changes whenever data that scores read changes, even when a writer forgot to call
     * {@link ScoreService#invalidate()}: new checks, new or approved declaration versions, new
     * overrides, registry edits, the availability monitor's probes of the latest day. Every node reads
     * it, so a write on another node (same database) is noticed too.
     */
    static final String FINGERPRINT = "SELECT (SELECT coalesce(max(id), 0) || '/' || count(*) FROM site_checks) || ':' "
            + "|| (SELECT coalesce(max(id), 0) || '/' || coalesce(max(published_at), '') || '/' || count(published_at) "
            + "FROM declaration_versions) || ':' "
            + "|| (SELECT coalesce(max(id), 0) FROM score_overrides) || ':' "
            + "|| (SELECT coalesce(max(id), 0) FROM exemptions) || ':' "
            + "|| (SELECT count(*) || '/' || coalesce(max(updated_at), '') FROM units) || ':' "
            // the availability monitor's latest day (probes add up in its rows; the index on day finds it)
            + "|| (SELECT coalesce(max(day), '') || '/' || coalesce(sum(probes), 0) || '/' || coalesce(sum(failures), 0) "
            + "FROM availability_days WHERE day = (SELECT max(day) FROM availability_days))";

    private final Jdbi jdbi;

    ScoreFactsLoader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    String fingerprint() {
        return jdbi.withHandle(h -> h.createQuery(FINGERPRINT).mapTo(String.class).one());
    }

    List<UnitFacts> load(String campaignId) {
        return jdbi.withHandle(handle -> {
            List<UnitInfo> units = handle.createQuery("SELECT code, name, short_name, unit_group FROM units "
                    + "WHERE active = 1 ORDER BY code")
                    .map((rs, ctx) -> new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list();
            Map<String, List<CheckSnapshot>> checks = checks(handle);
            Map<String, List<DeclarationFact>> declarations = declarations(handle, campaignId);
            Map<String, List<ScoreOverride>> overrides = new HashMap<>();
            for (OverrideRow row : handle.attach(OverrideDao.class).listForCampaign(campaignId)) {
                overrides.computeIfAbsent(row.unitCode(), c -> new ArrayList<>()).add(row.toOverride());
            }
            Map<String, List<ScoreExemption>> exemptions = new HashMap<>();
            for (Exemption row : handle.attach(ExemptionDao.class).inForce(campaignId)) {
                exemptions.computeIfAbsent(row.unitCode(), c -> new ArrayList<>()).add(ExemptionService.toScore(row));
            }
            Map<String, dev.ogi.reports.score.WebsiteHistory> website = WebsiteFactsLoader.load(handle);
            List<UnitFacts> facts = new ArrayList<>(units.size());
            for (UnitInfo unit : units) {
                facts.add(new UnitFacts(unit, checks.getOrDefault(unit.code(), List.of()),
                        declarations.getOrDefault(unit.code(), List.of()), overrides.getOrDefault(unit.code(), List.of()),
                        exemptions.getOrDefault(unit.code(), List.of()), website.get(unit.code())));
            }
            return facts;
        });
    }

    private static Map<String, List<CheckSnapshot>> checks(Handle handle) {
        Map<String, List<CheckSnapshot>> byUnit = new HashMap<>();
        Map<String, Set<String>> elementSets = new HashMap<>();
        Map<String, Set<String>> fieldSets = new HashMap<>();
        handle.createQuery("SELECT id, round_id, unit_code, as_of, reachable, guide_found, guide_url, guide_elements, "
                + "catalogue_found, catalogue_url, catalogue_entries, catalogue_fields, ogi_column, carried_over "
                + "FROM site_checks")
                .setFetchSize(1000)
                .map((rs, ctx) -> {
                    int entries = rs.getInt(11);
                    Integer catalogueEntries = rs.wasNull() ? null : entries;
                    CheckSnapshot check = new CheckSnapshot(day(rs.getString(4)), rs.getLong(2), rs.getLong(1),
                            rs.getInt(5) != 0, rs.getInt(6) != 0, rs.getString(7),
                            elementSets.computeIfAbsent(nullToEmpty(rs.getString(8)), ScoreFactsLoader::elements),
                            rs.getInt(9) != 0, rs.getString(10), catalogueEntries,
                            fieldSets.computeIfAbsent(nullToEmpty(rs.getString(12)), ScoreFactsLoader::fields),
                            rs.getInt(13) != 0, rs.getInt(14) != 0);
                    byUnit.computeIfAbsent(rs.getString(3), c -> new ArrayList<>()).add(check);
                    return 0;
                })
                .forEach(ignored -> { });
        return byUnit;
    }

    private static Map<String, List<DeclarationFact>> declarations(Handle handle, String campaignId) {
        Map<String, List<DeclarationFact>> byUnit = new HashMap<>();
        handle.createQuery("SELECT d.id, d.unit_code, d.type_id, v.version, v.submitted_at, v.published_at, v.created_at "
                + "FROM declarations d JOIN declaration_versions v ON v.declaration_id = d.id "
                + "WHERE d.campaign_id = :campaign AND (v.status = 'published' OR v.published_at IS NOT NULL)")
                .bind("campaign", campaignId)
                .map((rs, ctx) -> {
                    LocalDate submitted = dayOrNull(rs.getString(5));
                    LocalDate approved = dayOrNull(rs.getString(6));
                    if (submitted == null) {
                        submitted = dayOrNull(rs.getString(7));
                    }
                    DeclarationFact fact = new DeclarationFact(rs.getString(2), rs.getString(3), submitted,
                            approved != null ? approved : submitted, rs.getLong(1), rs.getInt(4));
                    byUnit.computeIfAbsent(fact.unitCode(), c -> new ArrayList<>()).add(fact);
                    return 0;
                })
                .forEach(ignored -> { });
        return byUnit;
    }

    /** A stored day or timestamp as a day: "2007-10-05", "2007-10-05T09:00:00Z", "2007-10-05T09:00:00". */
    static LocalDate dayOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() == 10) {
            return LocalDate.parse(value);
        }
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(ZONE).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value).atZone(ZONE).toLocalDate();
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDateTime.parse(value.replace(' ', 'T')).toLocalDate();
                } catch (DateTimeParseException notLocal) {
                    return LocalDate.parse(value.substring(0, 10));
                }
            }
        }
    }

    private static LocalDate day(String text) {
        LocalDate day = dayOrNull(text);
        if (day == null) {
            throw new IllegalStateException("a site check has no as_of day");
        }
        return day;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Set<String> elements(String codes) {
        return known(codes, Article19.GUIDE_ELEMENTS);
    }

    private static Set<String> fields(String codes) {
        return known(codes, Article19.CATALOGUE_FIELDS);
    }

    /** The stored comma-separated codes that are Article 19's (anything else is ignored). */
    private static Set<String> known(String codes, List<String> article19) {
        Set<String> set = new LinkedHashSet<>();
        for (String code : codes.split(",")) {
            String c = code.strip();
            if (article19.contains(c)) {
                set.add(c);
            }
        }
        return Set.copyOf(set);
    }
}
