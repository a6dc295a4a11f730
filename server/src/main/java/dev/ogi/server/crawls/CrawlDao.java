package dev.ogi.server.crawls;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Crawl rounds, site checks and their evidence; appended, never overwritten. */
@RegisterConstructorMapper(CrawlRound.class)
@RegisterConstructorMapper(SiteCheck.class)
@RegisterConstructorMapper(EvidenceRow.class)
@RegisterConstructorMapper(WebsiteCheck.class)
@RegisterConstructorMapper(WebsiteCheck.ColumnRow.class)
@RegisterConstructorMapper(WebsiteCheck.BrokenLinkRow.class)
public interface CrawlDao {

    String WEBSITE_COLUMNS = "check_id, latest_update_date, latest_update_url, latest_update_title, links_checked, "
            + "links_broken, apply_found, apply_url, report_found, report_url, report_year, report_published_on, report_parts";

    String ROUND_COLUMNS = "id, started_at, finished_at, as_of, trigger_source, status, units_total, units_done, "
            + "pages_fetched, errors, failure";

    String CHECK_COLUMNS = "id, round_id, unit_code, as_of, started_at, finished_at, homepage, reachable, error, "
            + "robots_blocked, pages_fetched, ogi_column, consecutive_failures, carried_over, guide_found, guide_url, "
            + "guide_under_construction, guide_elements, catalogue_found, catalogue_url, catalogue_under_construction, "
            + "catalogue_entries, catalogue_fields";

    // RETURNING rather than getGeneratedKeys: the SQLite driver behind the pool answers the latter with no rows
    @SqlQuery("INSERT INTO crawl_rounds (started_at, as_of, trigger_source, status, units_total) "
            + "VALUES (:startedAt, :asOf, :trigger, 'running', :unitsTotal) RETURNING id")
    long insertRound(String startedAt, String asOf, String trigger,
            int unitsTotal);

    @SqlUpdate("UPDATE crawl_rounds SET units_done = :done, pages_fetched = :pages, errors = :errors WHERE id = :id")
    void progress(long id, int done, int pages, int errors);

    @SqlUpdate("UPDATE crawl_rounds SET status = :status, finished_at = :at, units_done = :done, pages_fetched = :pages, "
            + "errors = :errors, failure = :failure WHERE id = :id")
    void finish(long id, String status, String at, int done,
            int pages, int errors, String failure);

    /** Rounds a stopped process left "running" can never finish: mark them failed. */
    @SqlUpdate("UPDATE crawl_rounds SET status = 'failed', finished_at = :at, "
            + "failure = '服务在本轮检查进行中停止，本轮已中断（已写入的检查结果保留）' WHERE status = 'running'")
    int failAbandoned(String at);

    @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM crawl_rounds ORDER BY id DESC LIMIT :limit")
    List<CrawlRound> rounds(int limit);

    @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM crawl_rounds WHERE id = :id")
    Optional<CrawlRound> round(long id);

    /** The latest check performed for a unit (in the order rounds ran). */
    @SqlQuery("SELECT " + CHECK_COLUMNS + " FROM site_checks WHERE unit_code = :code ORDER BY id DESC LIMIT 1")
    Optional<SiteCheck> lastCheck(@Bind("code") String unitCode);

    @SqlQuery("INSERT INTO site_checks (round_id, unit_code, as_of, started_at, finished_at, homepage, reachable, error, "
            + "robots_blocked, pages_fetched, ogi_column, consecutive_failures, carried_over, guide_found, guide_url, "
            + "guide_under_construction, guide_elements, catalogue_found, catalogue_url, catalogue_under_construction, "
            + "catalogue_entries, catalogue_fields) VALUES (:roundId, :unitCode, :asOf, :startedAt, :finishedAt, :homepage, "
            + ":reachable, :error, :robotsBlocked, :pagesFetched, :ogiColumn, :consecutiveFailures, :carriedOver, :guideFound, "
            + ":guideUrl, :guideUnderConstruction, :guideElements, :catalogueFound, :catalogueUrl, :catalogueUnderConstruction, "
            + ":catalogueEntries, :catalogueFields) ON CONFLICT (round_id, unit_code) DO NOTHING RETURNING id")
    Optional<Long> insertCheck(@BindMethods SiteCheck check);

    @SqlUpdate("INSERT INTO evidence (check_id, kind, url, http_status, fetched_at, content_hash, title, excerpt, reason) "
            + "VALUES (:checkId, :kind, :url, :httpStatus, :fetchedAt, :contentHash, :title, :excerpt, :reason)")
    void insertEvidence(@BindMethods EvidenceRow evidence);

    /** A check and its evidence, all or nothing; nothing when the round already has the unit's check. */
    @Transaction
    default Optional<Long> insertCheckWithEvidence(SiteCheck check, List<EvidenceRow> evidence) {
        Optional<Long> stored = insertCheck(check);
        if (stored.isEmpty()) {
            return stored;
        }
        long id = stored.get();
        for (EvidenceRow e : evidence) {
            insertEvidence(new EvidenceRow(0, id, e.kind(), e.url(), e.httpStatus(), e.fetchedAt(), e.contentHash(),
                    e.title(), e.excerpt(), e.reason()));
        }
        return stored;
    }

    @SqlUpdate("INSERT INTO website_checks (" + WEBSITE_COLUMNS + ") VALUES (:checkId, :latestUpdateDate, :latestUpdateUrl, "
            + ":latestUpdateTitle, :linksChecked, :linksBroken, :applyFound, :applyUrl, :reportFound, :reportUrl, :reportYear, "
            + ":reportPublishedOn, :reportParts)")
    void insertWebsite(@BindMethods WebsiteCheck website);

    @SqlUpdate("INSERT INTO website_columns (check_id, type, name, url, items, latest_date, latest_url, state) "
            + "VALUES (:checkId, :type, :name, :url, :items, :latestDate, :latestUrl, :state)")
    void insertColumn(@BindMethods WebsiteCheck.ColumnRow column);

    @SqlUpdate("INSERT INTO website_broken_links (check_id, url, status, on_page, answer) "
            + "VALUES (:checkId, :url, :status, :onPage, :answer)")
    void insertBrokenLink(@BindMethods WebsiteCheck.BrokenLinkRow link);

    /**
     * A check with its evidence and its website facts (when it has them), all or nothing; empty
     * when the round already has the unit's check (a re-run shard), which stays as it was.
     */
    @Transaction
    default Optional<Long> insertCheck(SiteCheck check, List<EvidenceRow> evidence, Optional<WebsiteFacts> website) {
        Optional<Long> stored = insertCheckWithEvidence(check, evidence);
        if (stored.isEmpty()) {
            return stored;
        }
        long id = stored.get();
        if (website.isPresent()) {
            WebsiteFacts w = website.get();
            insertWebsite(w.check().withCheckId(id));
            for (WebsiteCheck.ColumnRow c : w.columns()) {
                insertColumn(new WebsiteCheck.ColumnRow(0, id, c.type(), c.name(), c.url(), c.items(), c.latestDate(),
                        c.latestUrl(), c.state()));
            }
            for (WebsiteCheck.BrokenLinkRow b : w.broken()) {
                insertBrokenLink(new WebsiteCheck.BrokenLinkRow(0, id, b.url(), b.status(), b.onPage(), b.answer()));
            }
        }
        return stored;
    }

    /** Counts one stored check in its round, by the increment (several nodes count into one round at once). */
    @SqlUpdate("UPDATE crawl_rounds SET units_done = units_done + 1, pages_fetched = pages_fetched + :pages, "
            + "errors = errors + :errors WHERE id = :id")
    void count(long id, int pages, int errors);

    /** A check stored and counted in its round together: a unit is counted exactly once. */
    @Transaction
    default boolean insertCounted(SiteCheck check, List<EvidenceRow> evidence, Optional<WebsiteFacts> website,
            int pages, int errors) {
        if (insertCheck(check, evidence, website).isEmpty()) {
            return false;
        }
        count(check.roundId(), pages, errors);
        return true;
    }

    /** A check's website facts as stored: the row, its columns and its broken links. */
    record WebsiteFacts(WebsiteCheck check, List<WebsiteCheck.ColumnRow> columns, List<WebsiteCheck.BrokenLinkRow> broken) {
    }

    @SqlQuery("SELECT " + WEBSITE_COLUMNS + " FROM website_checks WHERE check_id IN (<ids>)")
    List<WebsiteCheck> websiteOf(@BindList("ids") List<Long> checkIds);

    @SqlQuery("SELECT id, check_id, type, name, url, items, latest_date, latest_url, state FROM website_columns "
            + "WHERE check_id IN (<ids>) ORDER BY check_id, id")
    List<WebsiteCheck.ColumnRow> columnsOf(@BindList("ids") List<Long> checkIds);

    @SqlQuery("SELECT id, check_id, url, status, on_page, answer FROM website_broken_links "
            + "WHERE check_id IN (<ids>) ORDER BY check_id, id")
    List<WebsiteCheck.BrokenLinkRow> brokenLinksOf(@BindList("ids") List<Long> checkIds);

    /** The stored website facts of one check, when it has them. */
    default Optional<WebsiteFacts> websiteFacts(long checkId) {
        List<WebsiteCheck> rows = websiteOf(List.of(checkId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WebsiteFacts(rows.get(0), columnsOf(List.of(checkId)), brokenLinksOf(List.of(checkId))));
    }

    @SqlQuery("SELECT " + CHECK_COLUMNS + " FROM site_checks WHERE unit_code = :code ORDER BY id DESC LIMIT :limit")
    List<SiteCheck> checksOf(@Bind("code") String unitCode, int limit);

    @SqlQuery("SELECT " + CHECK_COLUMNS + " FROM site_checks WHERE round_id = :round ORDER BY unit_code")
    List<SiteCheck> checksInRound(@Bind("round") long roundId);

    @SqlQuery("SELECT id, check_id, kind, url, http_status, fetched_at, content_hash, title, excerpt, reason "
            + "FROM evidence WHERE check_id IN (<ids>) ORDER BY check_id, id")
    List<EvidenceRow> evidenceOf(@BindList("ids") List<Long> checkIds);

    @SqlQuery("SELECT min(as_of) FROM site_checks WHERE unit_code = :code AND guide_found = 1")
    Optional<String> guideFirstSeen(@Bind("code") String unitCode);

    @SqlQuery("SELECT min(as_of) FROM site_checks WHERE unit_code = :code AND catalogue_found = 1")
    Optional<String> catalogueFirstSeen(@Bind("code") String unitCode);
}
