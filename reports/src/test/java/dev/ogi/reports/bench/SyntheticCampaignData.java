package dev.ogi.reports.bench;

import dev.ogi.reports.campaign.Article19;
import dev.ogi.reports.score.CheckSnapshot;
import dev.ogi.reports.score.DeclarationFact;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.reports.score.UnitInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic units and crawl histories for benchmarks: each unit publishes its
 * guide and catalogue on some round (some never), its elements and fields grow, its site fails
 * now and then, and it files some declarations early or late.
 */
public final class SyntheticCampaignData {

    public static final String[] GROUPS = {"市州", "省直部门", "县(市、区)"};
    private static final String[] TYPES = {"organisation", "systems", "funding", "filing", "public_comment", "reading_room"};

    private SyntheticCampaignData() {
    }

    /** The as-of day of each round: one every two days from 2007-09-20. */
    public static List<LocalDate> roundDays(int rounds) {
        List<LocalDate> days = new ArrayList<>(rounds);
        for (int r = 0; r < rounds; r++) {
            days.add(LocalDate.of(2007, 9, 20).plusDays(2L * r));
        }
        return days;
    }

    public static List<UnitFacts> generate(int units, int rounds, long seed) {
        Random random = new Random(seed);
        List<LocalDate> days = roundDays(rounds);
        List<String> elements = Article19.GUIDE_ELEMENTS;
        List<String> fields = Article19.CATALOGUE_FIELDS;
        List<UnitFacts> all = new ArrayList<>(units);
        long checkId = 1;
        for (int u = 0; u < units; u++) {
            String code = "U%05d".formatted(u);
            UnitInfo unit = new UnitInfo(code, "单位" + u, "单位" + u, GROUPS[u % GROUPS.length]);
            int guideRound = random.nextInt(rounds + rounds / 3);       // some never publish
            int catalogueRound = random.nextInt(rounds + rounds / 3);
            int columnRound = random.nextInt(rounds);
            double failure = random.nextDouble() * 0.12;
            List<CheckSnapshot> checks = new ArrayList<>(rounds);
            for (int r = 0; r < rounds; r++) {
                boolean reachable = random.nextDouble() >= failure;
                boolean guide = r >= guideRound;
                boolean catalogue = r >= catalogueRound;
                Set<String> found = new HashSet<>();
                if (guide) {
                    int n = Math.min(elements.size(), 4 + (r - guideRound) / 3);
                    for (int i = 0; i < n; i++) {
                        found.add(elements.get(i));
                    }
                }
                Set<String> present = new HashSet<>();
                if (catalogue) {
                    int n = Math.min(fields.size(), 2 + (r - catalogueRound) / 4);
                    for (int i = 0; i < n; i++) {
                        present.add(fields.get(i));
                    }
                }
                checks.add(new CheckSnapshot(days.get(r), r + 1, checkId++, reachable, guide,
                        guide ? "http://u" + u + ".example.gov.cn/xxgk/zn.html" : null, found, catalogue,
                        catalogue ? "http://u" + u + ".example.gov.cn/xxgk/ml.html" : null,
                        catalogue ? 5 * (r - catalogueRound + 1) : null, present, r >= columnRound, !reachable));
            }
            List<DeclarationFact> declarations = new ArrayList<>();
            for (String type : TYPES) {
                if (random.nextDouble() < 0.8) {
                    LocalDate submitted = LocalDate.of(2007, 9, 20).plusDays(random.nextInt(60));
                    declarations.add(new DeclarationFact(code, type, submitted, submitted.plusDays(random.nextInt(15)),
                            u * 10L + declarations.size(), 1));
                }
            }
            all.add(new UnitFacts(unit, checks, declarations, List.of()));
        }
        return all;
    }
}
