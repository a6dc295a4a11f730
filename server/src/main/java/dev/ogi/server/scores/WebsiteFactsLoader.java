package dev.ogi.server.scores;

import dev.ogi.reports.score.WebsiteFacts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The website-as-first-platform facts of each unit for the scoring engine: the website facts of
 * its latest check that looked at them (V60 tables) and the availability monitor's share of
 * answered probes over the unit's latest 7 recorded days (V50).
 */
final class WebsiteFactsLoader {

    /** The parts an annual report must have, as the crawler names them. */
    private static final int REPORT_PARTS = 5;

    private WebsiteFactsLoader() {
    }

    static Map<String, WebsiteFacts> load(Handle handle) {
        Map<String, Double> availability = availability(handle);
        Map<String, WebsiteFacts> byUnit = new HashMap<>();
        handle.createQuery("SELECT c.unit_code, w.latest_update_date, w.latest_update_url, w.links_checked, "
                + "w.links_broken, w.apply_found, w.apply_url, w.report_found, w.report_url, w.report_year, "
                + "w.report_published_on, w.report_parts, "
                + "(SELECT b.url FROM website_broken_links b WHERE b.check_id = w.check_id ORDER BY b.id LIMIT 1) "
                + "FROM website_checks w JOIN site_checks c ON c.id = w.check_id "
                + "WHERE w.check_id = (SELECT max(w2.check_id) FROM website_checks w2 "
                + "JOIN site_checks c2 ON c2.id = w2.check_id WHERE c2.unit_code = c.unit_code)")
                .map((rs, ctx) -> {
                    String unit = rs.getString(1);
                    Optional<WebsiteFacts.AnnualReport> report = Optional.empty();
                    if (rs.getInt(8) != 0) {
                        int year = rs.getInt(10);
                        Optional<Integer> reportYear = rs.wasNull() ? Optional.empty() : Optional.of(year);
                        String parts = rs.getString(12);
                        long present = parts == null ? 0 : Arrays.stream(parts.split(",")).filter(p -> !p.isBlank()).count();
                        report = Optional.of(new WebsiteFacts.AnnualReport(rs.getString(9), reportYear,
                                Optional.ofNullable(ScoreFactsLoader.dayOrNull(rs.getString(11))),
                                (int) Math.max(0, REPORT_PARTS - present)));
                    }
                    WebsiteFacts facts = new WebsiteFacts(Optional.ofNullable(ScoreFactsLoader.dayOrNull(rs.getString(2))),
                            Optional.ofNullable(rs.getString(3)), rs.getInt(4), rs.getInt(5),
                            Optional.ofNullable(rs.getString(13)), rs.getInt(6) != 0, Optional.ofNullable(rs.getString(7)),
                            report, Optional.ofNullable(availability.get(unit)));
                    byUnit.put(unit, facts);
                    return 0;
                })
                .forEach(ignored -> { });
        // a unit probed but not yet crawled for these facts still has its availability
        availability.forEach((unit, share) -> byUnit.computeIfAbsent(unit, u -> new WebsiteFacts(Optional.empty(),
                Optional.empty(), 0, 0, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.of(share))));
        return byUnit;
    }

    /** The share of answered probes over each unit's latest 7 recorded days. */
    private static Map<String, Double> availability(Handle handle) {
        Map<String, long[]> sums = new HashMap<>();
        Map<String, LocalDate> latest = new HashMap<>();
        handle.createQuery("SELECT unit_code, max(day) FROM availability_days GROUP BY unit_code")
                .map((rs, ctx) -> latest.put(rs.getString(1), LocalDate.parse(rs.getString(2))))
                .forEach(ignored -> { });
        handle.createQuery("SELECT unit_code, day, probes, failures FROM availability_days")
                .map((rs, ctx) -> {
                    LocalDate last = latest.get(rs.getString(1));
                    if (last != null && LocalDate.parse(rs.getString(2)).isAfter(last.minusDays(7))) {
                        long[] sum = sums.computeIfAbsent(rs.getString(1), u -> new long[2]);
                        sum[0] += rs.getLong(3);
                        sum[1] += rs.getLong(4);
                    }
                    return 0;
                })
                .forEach(ignored -> { });
        Map<String, Double> share = new HashMap<>();
        sums.forEach((unit, sum) -> {
            if (sum[0] > 0) {
                share.put(unit, (sum[0] - sum[1]) / (double) sum[0]);
            }
        });
        return share;
    }
}
