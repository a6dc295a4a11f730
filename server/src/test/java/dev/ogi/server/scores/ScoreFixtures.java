package dev.ogi.server.scores;

import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.db.Database;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.jdbi.v3.core.Jdbi;

/** Writes real rows (units, crawl rounds, site checks, declarations) into a test app's database. */
public final class ScoreFixtures {

    static final String ALL_ELEMENTS = "classification,arrangement,access,officeName,address,hours,phone,fax,email";
    static final String ALL_FIELDS = "index,name,summary,date";

    private final Jdbi jdbi;

    public ScoreFixtures(DropwizardAppExtension<OgiConfiguration> app) {
        this.jdbi = Database.configure(dev.ogi.server.TestApp.rawJdbi(app));
    }

    public ScoreFixtures unit(String code, String name, String group) {
        jdbi.useHandle(h -> h.execute("INSERT INTO units (code, name, short_name, unit_group, active, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 1, '2007-09-19T00:00:00Z', '2007-09-19T00:00:00Z')", code, name, name, group));
        return this;
    }

    /** The two cities most tests compare: 510100 成都市人民政府 and 510300 自贡市人民政府. */
    public ScoreFixtures chengduAndZigong() {
        return unit("510100", "成都市人民政府", "市州").unit("510300", "自贡市人民政府", "市州");
    }

    public ScoreFixtures round(long id, String asOf) {
        jdbi.useHandle(h -> h.execute("INSERT INTO crawl_rounds (id, started_at, finished_at, as_of, trigger_source, status) "
                + "VALUES (?, ?, ?, ?, 'schedule', 'finished')", id, asOf + "T01:00:00Z", asOf + "T02:00:00Z", asOf));
        if (dev.ogi.server.PostgresMode.on()) {
            // an explicit id leaves PostgreSQL's identity behind: the next round the service starts would collide
            jdbi.useHandle(h -> h.execute("SELECT setval(pg_get_serial_sequence('crawl_rounds', 'id'), (SELECT max(id) FROM crawl_rounds))"));
        }
        return this;
    }

    /** A check that found nothing (reachable or not). */
    public long nothing(long round, String asOf, String unit, boolean reachable) {
        return check(round, asOf, unit, reachable, false, "", false, "", null, false);
    }

    public long check(long round, String asOf, String unit, boolean reachable, boolean guide, String elements, boolean catalogue,
            String fields, Integer entries, boolean column) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO site_checks (round_id, unit_code, as_of, started_at, "
                + "finished_at, homepage, reachable, ogi_column, carried_over, guide_found, guide_url, guide_elements, "
                + "catalogue_found, catalogue_url, catalogue_entries, catalogue_fields) VALUES (:round, :unit, :asOf, :at, :at, "
                + ":home, :reachable, :column, 0, :guide, :guideUrl, :elements, :catalogue, :catalogueUrl, :entries, :fields)")
                .bind("round", round).bind("unit", unit).bind("asOf", asOf).bind("at", asOf + "T01:30:00Z")
                .bind("home", "http://" + unit + ".example.gov.cn/").bind("reachable", reachable ? 1 : 0)
                .bind("column", column ? 1 : 0).bind("guide", guide ? 1 : 0)
                .bind("guideUrl", guide ? "http://" + unit + ".example.gov.cn/xxgk/zn.html" : null)
                .bind("elements", elements).bind("catalogue", catalogue ? 1 : 0)
                .bind("catalogueUrl", catalogue ? "http://" + unit + ".example.gov.cn/xxgk/ml.html" : null)
                .bind("entries", entries).bind("fields", fields)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The website facts of a check (V60): newest item, broken links, online channel, annual report. */
    public void website(long checkId, String latestUpdate, int linksChecked, String brokenLink, boolean applyOnline,
            String reportPublishedOn) {
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO website_checks (check_id, latest_update_date, latest_update_url, links_checked, "
                    + "links_broken, apply_found, apply_url, report_found, report_url, report_year, report_published_on, "
                    + "report_parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", checkId, latestUpdate,
                    "http://example.gov.cn/news/" + checkId + ".html", linksChecked, brokenLink == null ? 0 : 1,
                    applyOnline ? 1 : 0, applyOnline ? "http://example.gov.cn/ysqgk/" : null, reportPublishedOn == null ? 0 : 1,
                    reportPublishedOn == null ? null : "http://example.gov.cn/xxgk/ndbg.html", 2008, reportPublishedOn,
                    "proactive,onRequest,fees,appeals,improvements");
            if (brokenLink != null) {
                h.execute("INSERT INTO website_broken_links (check_id, url, status, on_page, answer) VALUES (?, ?, 404, ?, ?)",
                        checkId, brokenLink, "http://example.gov.cn/xxgk/", "404");
            }
        });
    }

    /**
     * The website story as of 2008-06-20 (round 1 on 2008-06-18): 成都 clean; 自贡 stale since
     * 2008-05-10 with one dead link; 攀枝花 fresh but failing 5 of 24 probes on 4 of the 7 days
     * (88.1% answered) and without an online channel or annual report. Earlier, round 2 on
     * 2008-05-12 saw 自贡 fresh (newest item 2008-05-10) and 攀枝花 answered every probe of
     * 2008-05-14 to 05-20, so a day in May is judged on those facts.
     *
     * @return the id of 自贡's check
     */
    public long websiteStory() {
        chengduAndZigong().unit("510400", "攀枝花市人民政府", "市州");
        round(1, "2008-06-18");
        website(nothing(1, "2008-06-18", "510100", true), "2008-06-16", 40, null, true, "2008-03-20");
        long stale = nothing(1, "2008-06-18", "510300", true);
        website(stale, "2008-05-10", 40, "http://www.zg.gov.cn/dead.html", true, "2008-03-25");
        website(nothing(1, "2008-06-18", "510400", true), "2008-06-17", 40, null, false, null);
        for (int day = 14; day <= 20; day++) {
            String date = "2008-06-" + day;
            availabilityDay("510100", date, 24, 0);
            availabilityDay("510300", date, 24, 0);
            availabilityDay("510400", date, 24, day % 2 == 0 ? 5 : 0);
            availabilityDay("510400", "2008-05-" + day, 24, 0);
        }
        round(2, "2008-05-12");
        website(nothing(2, "2008-05-12", "510300", true), "2008-05-10", 40, null, true, "2008-03-25");
        return stale;
    }

    /** One day of the availability monitor for a unit (V50). */
    public void availabilityDay(String unit, String day, int probes, int failures) {
        jdbi.useHandle(h -> h.execute("INSERT INTO availability_days (unit_code, day, probes, failures, total_latency_ms, "
                + "max_latency_ms) VALUES (?, ?, ?, ?, 0, 0)", unit, day, probes, failures));
    }

    /** An approved (published) version of a declaration. */
    void approvedDeclaration(String unit, String type, String submittedAt, String publishedAt) {
        jdbi.useHandle(h -> {
            long id = h.createUpdate("INSERT INTO declarations (unit_code, campaign_id, type_id, created_at) "
                    + "VALUES (?, 'ogi-2007', ?, ?)").bind(0, unit).bind(1, type).bind(2, submittedAt)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("INSERT INTO declaration_versions (declaration_id, version, fields_json, status, created_by, created_at, "
                    + "submitted_at, published_at) VALUES (?, 1, '{}', 'published', ?, ?, ?, ?)", id, "user-" + unit,
                    submittedAt, submittedAt, publishedAt);
        });
    }
}
