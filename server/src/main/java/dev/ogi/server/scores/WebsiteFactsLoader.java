package dev.ogi.server.scores;

import dev.ogi.reports.score.WebsiteFacts;
import dev.ogi.reports.score.WebsiteHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The website-as-first-platform facts of each unit for the scoring engine, over time: the website
 * facts of each of its checks that looked at them (V60 tables), on the check's day, and the
 * availability monitor's days (V50). Scored as of a day, a unit is judged on its latest check at
 * or before it and on the 7 days ending at its latest probe day at or before it.
 */
final class WebsiteFactsLoader {

    /** The parts an annual report must have, as the crawler names them. */
    private static final int REPORT_PARTS = 5;

    private WebsiteFactsLoader() {
    }

    static Map<String, WebsiteHistory> load(Handle handle) {
        Map<String, List<WebsiteHistory.Check>> checks = checks(handle);
        Map<String, List<WebsiteHistory.ProbeDay>> days = probeDays(handle);
        Set<String> units = new HashSet<>(checks.keySet());
        units.addAll(days.keySet());
        Map<String, WebsiteHistory> byUnit = new HashMap<>();
        for (String unit : units) {
            byUnit.put(unit, WebsiteHistory.of(checks.getOrDefault(unit, List.of()), days.getOrDefault(unit, List.of())));
        }
        return byUnit;
    }

    /** Every check's website facts on its day, in check order. */
    private static Map<String, List<WebsiteHistory.Check>> checks(Handle handle) {
        Map<String, List<WebsiteHistory.Check>> byUnit = new HashMap<>();
        handle.createQuery("SELECT c.unit_code, c.as_of, w.latest_update_date, w.latest_update_url, w.links_checked, "
                + "w.links_broken, w.apply_found, w.apply_url, w.report_found, w.report_url, w.report_year, "
                + "w.report_published_on, w.report_parts, "
                + "(SELECT b.url FROM website_broken_links b WHERE b.check_id = w.check_id ORDER BY b.id LIMIT 1) "
                + "FROM website_checks w JOIN site_checks c ON c.id = w.check_id ORDER BY w.check_id")
                .setFetchSize(1000)
                .map((rs, ctx) -> {
                    Optional<WebsiteFacts.AnnualReport> report = Optional.empty();
                    if (rs.getInt(9) != 0) {
                        int year = rs.getInt(11);
                        Optional<Integer> reportYear = rs.wasNull() ? Optional.empty() : Optional.of(year);
                        String parts = rs.getString(13);
                        long present = parts == null ? 0 : Arrays.stream(parts.split(",")).filter(p -> !p.isBlank()).count();
                        report = Optional.of(new WebsiteFacts.AnnualReport(rs.getString(10), reportYear,
                                Optional.ofNullable(ScoreFactsLoader.dayOrNull(rs.getString(12))),
                                (int) Math.max(0, REPORT_PARTS - present)));
                    }
                    WebsiteFacts facts = new WebsiteFacts(true, Optional.ofNullable(ScoreFactsLoader.dayOrNull(rs.getString(3))),
                            Optional.ofNullable(rs.getString(4)), rs.getInt(5), rs.getInt(6),
                            Optional.ofNullable(rs.getString(14)), rs.getInt(7) != 0, Optional.ofNullable(rs.getString(8)),
                            report, Optional.empty());
                    byUnit.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                            .add(new WebsiteHistory.Check(ScoreFactsLoader.dayOrNull(rs.getString(2)), facts));
                    return 0;
                })
                .forEach(ignored -> { });
        return byUnit;
    }

    /** Every unit's availability days. */
    private static Map<String, List<WebsiteHistory.ProbeDay>> probeDays(Handle handle) {
        Map<String, List<WebsiteHistory.ProbeDay>> byUnit = new HashMap<>();
        handle.createQuery("SELECT unit_code, day, probes, failures FROM availability_days")
                .setFetchSize(1000)
                .map((rs, ctx) -> byUnit.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                        .add(new WebsiteHistory.ProbeDay(LocalDate.parse(rs.getString(2)), rs.getInt(3), rs.getInt(4))))
                .forEach(ignored -> { });
        return byUnit;
    }
}
