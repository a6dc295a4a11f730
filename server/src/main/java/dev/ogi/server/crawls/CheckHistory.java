package dev.ogi.server.crawls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a unit's page shows of its crawl history: each check with its evidence and website facts. */
final class CheckHistory {

    private CheckHistory() {
    }

    /** A unit's checks, newest first, with their evidence and the first days its guide and catalogue were seen. */
    static UnitChecks read(CrawlDao dao, String unitCode, int limit) {
        List<SiteCheck> checks = dao.checksOf(unitCode, limit);
        Map<Long, List<EvidenceRow>> evidence = checks.isEmpty() ? Map.of()
                : dao.evidenceOf(checks.stream().map(SiteCheck::id).toList()).stream()
                        .collect(Collectors.groupingBy(EvidenceRow::checkId));
        Map<Long, UnitChecks.Website> website = websiteOf(dao, checks.stream().map(SiteCheck::id).toList());
        return new UnitChecks(unitCode, dao.guideFirstSeen(unitCode).orElse(null), dao.catalogueFirstSeen(unitCode).orElse(null),
                checks.stream().map(c -> UnitChecks.Check.of(c, evidence.getOrDefault(c.id(), List.of()), website.get(c.id())))
                        .toList());
    }

    /** The website facts of these checks, by check id (checks stored before them have none). */
    private static Map<Long, UnitChecks.Website> websiteOf(CrawlDao dao, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<WebsiteCheck.ColumnRow>> columns = dao.columnsOf(ids).stream()
                .collect(Collectors.groupingBy(WebsiteCheck.ColumnRow::checkId));
        Map<Long, List<WebsiteCheck.BrokenLinkRow>> broken = dao.brokenLinksOf(ids).stream()
                .collect(Collectors.groupingBy(WebsiteCheck.BrokenLinkRow::checkId));
        Map<Long, UnitChecks.Website> out = new HashMap<>();
        for (WebsiteCheck w : dao.websiteOf(ids)) {
            out.put(w.checkId(), UnitChecks.Website.of(w, columns.getOrDefault(w.checkId(), List.of()),
                    broken.getOrDefault(w.checkId(), List.of())));
        }
        return out;
    }
}
