package dev.ogi.reports.score;

import dev.ogi.reports.campaign.Article19;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds crafted crawl histories for scoring tests. */
final class History {

    static final UnitInfo UNIT = new UnitInfo("510100", "成都市人民政府", "成都市", "市州");

    private final List<CheckSnapshot> checks = new ArrayList<>();
    private long nextId = 1;

    static History of() {
        return new History();
    }

    /** A reachable check that found nothing. */
    History nothing(String day) {
        return add(check(day, true, false, Set.of(), false, Set.of(), null, false, false));
    }

    History unreachable(String day) {
        return add(check(day, false, false, Set.of(), false, Set.of(), null, false, false));
    }

    /** A failed check with the last findings carried over. */
    History carriedOver(String day) {
        CheckSnapshot last = checks.get(checks.size() - 1);
        return add(new CheckSnapshot(LocalDate.parse(day), nextId, nextId++, false, last.guideFound(), last.guideUrl(),
                last.guideElements(), last.catalogueFound(), last.catalogueUrl(), last.catalogueEntries(),
                last.catalogueFields(), last.ogiColumn(), true));
    }

    History guide(String day, int elements) {
        return add(check(day, true, true, firstElements(elements), false, Set.of(), null, false, false));
    }

    History catalogue(String day, int fields, Integer entries) {
        return add(check(day, true, false, Set.of(), true, firstFields(fields), entries, false, false));
    }

    /** Guide with all elements, catalogue with all fields and 50 entries, OGI column present. */
    History complete(String day) {
        return add(check(day, true, true, Set.copyOf(Article19.GUIDE_ELEMENTS), true, Set.copyOf(Article19.CATALOGUE_FIELDS),
                50, true, false));
    }

    History column(String day, boolean present) {
        return add(check(day, true, false, Set.of(), false, Set.of(), null, present, false));
    }

    List<CheckSnapshot> checks() {
        return List.copyOf(checks);
    }

    private History add(CheckSnapshot check) {
        checks.add(check);
        return this;
    }

    private CheckSnapshot check(String day, boolean reachable, boolean guide, Set<String> elements,
            boolean catalogue, Set<String> fields, Integer entries, boolean column, boolean carried) {
        long id = nextId++;
        return new CheckSnapshot(LocalDate.parse(day), id, id, reachable, guide,
                guide ? "http://www.chengdu.gov.cn/xxgk/zn.html" : null, elements, catalogue,
                catalogue ? "http://www.chengdu.gov.cn/xxgk/ml.html" : null, entries, fields, column, carried);
    }

    private static Set<String> firstElements(int n) {
        return Set.copyOf(Article19.GUIDE_ELEMENTS.subList(0, n));
    }

    private static Set<String> firstFields(int n) {
        return Set.copyOf(Article19.CATALOGUE_FIELDS.subList(0, n));
    }
}
