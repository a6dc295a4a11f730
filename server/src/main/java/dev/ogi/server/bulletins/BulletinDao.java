package dev.ogi.server.bulletins;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The bulletins archive, the subscribers and the outbox. */
@RegisterConstructorMapper(BulletinRow.class)
@RegisterConstructorMapper(RecipientRow.class)
public interface BulletinDao {

    String SUMMARY = "SELECT id, campaign_id, number, issue_key, as_of, issued_at, issued_by, title, pdf_sha256, pdf_problem FROM bulletins";

    /** Inserts unless the issue key exists; 0 rows means another issuer got there first. */
    @SqlUpdate("INSERT INTO bulletins (campaign_id, number, issue_key, as_of, issued_at, issued_by, title, html,"
            + " inputs_json, pdf, pdf_sha256, pdf_problem) VALUES (:campaignId, :number, :issueKey, :asOf, :issuedAt,"
            + " :issuedBy, :title, :html, :inputsJson, :pdf, :pdfSha256, :pdfProblem) ON CONFLICT (issue_key) DO NOTHING")
    int insertIfNew(String campaignId, int number, String issueKey,
            String asOf, String issuedAt, String issuedBy,
            String title, String html, String inputsJson,
            @Bind("pdf") byte[] pdf, String pdfSha256, String pdfProblem);

    /** Bulletins issued without their PDF (no usable font then), oldest first. */
    @SqlQuery("SELECT id FROM bulletins WHERE pdf_problem IS NOT NULL ORDER BY id")
    List<Long> withoutPdf();

    @SqlUpdate("UPDATE bulletins SET pdf = :pdf, pdf_sha256 = :pdfSha256, pdf_problem = NULL WHERE id = :id"
            + " AND pdf_problem IS NOT NULL")
    int storePdf(long id, @Bind("pdf") byte[] pdf, String pdfSha256);

    @SqlQuery(SUMMARY + " WHERE issue_key = :key")
    Optional<BulletinRow> findByKey(@Bind("key") String issueKey);

    @SqlQuery(SUMMARY + " WHERE id = :id")
    Optional<BulletinRow> find(long id);

    @SqlQuery(SUMMARY + " ORDER BY issued_at DESC, id DESC")
    List<BulletinRow> listNewestFirst();

    /** The last bulletin of the campaign judged as of a day before the given one (its ranks are the "previous" ones). */
    @SqlQuery(SUMMARY + " WHERE campaign_id = :campaign AND as_of < :asOf ORDER BY as_of DESC, number DESC LIMIT 1")
    Optional<BulletinRow> previous(@Bind("campaign") String campaignId, String asOf);

    @SqlQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM bulletins WHERE campaign_id = :campaign")
    int nextNumber(@Bind("campaign") String campaignId);

    @SqlQuery("SELECT html FROM bulletins WHERE id = :id")
    Optional<String> html(long id);

    @SqlQuery("SELECT inputs_json FROM bulletins WHERE id = :id")
    Optional<String> inputsJson(long id);

    @SqlQuery("SELECT pdf FROM bulletins WHERE id = :id")
    Optional<byte[]> pdf(long id);

    // subscribers

    @SqlUpdate("INSERT INTO subscribers (email, unit_code, kind, active, updated_at) VALUES (:email, :unitCode, :kind, 1, :now)"
            + " ON CONFLICT (email) DO UPDATE SET unit_code = excluded.unit_code, kind = excluded.kind, active = 1,"
            + " updated_at = excluded.updated_at")
    void upsertSubscriber(String email, String unitCode, String kind,
            String now);

    @SqlUpdate("UPDATE subscribers SET active = 0, updated_at = :now WHERE active = 1 AND email NOT IN (<emails>)")
    void deactivateOthers(@org.jdbi.v3.sqlobject.customizer.BindList(value = "emails",
            onEmpty = org.jdbi.v3.sqlobject.customizer.BindList.EmptyHandling.NULL_STRING) List<String> keep,
            String now);

    @SqlQuery("SELECT email FROM subscribers WHERE active = 1 ORDER BY kind, unit_code, email")
    List<String> activeEmails();

    @SqlQuery("SELECT unit_code FROM subscribers WHERE email = :email")
    Optional<String> unitOf(String email);

    // outbox

    /** Queues a copy unless it is already queued (the pair is unique). */
    @SqlUpdate("INSERT INTO bulletin_recipients (bulletin_id, email, unit_code, status, attempts, next_attempt_at)"
            + " VALUES (:bulletinId, :email, :unitCode, 'queued', 0, :now) ON CONFLICT (bulletin_id, email) DO NOTHING")
    int enqueue(long bulletinId, String email, String unitCode,
            String now);

    @SqlQuery("SELECT id, bulletin_id, email, unit_code, status, attempts, last_error, next_attempt_at, sent_at"
            + " FROM bulletin_recipients WHERE bulletin_id = :id ORDER BY unit_code IS NOT NULL, unit_code, email")
    List<RecipientRow> recipients(@Bind("id") long bulletinId);

    @SqlQuery("SELECT id, bulletin_id, email, unit_code, status, attempts, last_error, next_attempt_at, sent_at"
            + " FROM bulletin_recipients WHERE status IN ('queued', 'sending', 'failed') AND next_attempt_at IS NOT NULL"
            + " AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit")
    List<RecipientRow> due(String now, int limit);

    /**
     * Claims a due copy for one sender: only the sender whose update changes the row sends it. The
     * lease (next_attempt_at in the future) lets another sender take over if this one dies.
     */
    @SqlUpdate("UPDATE bulletin_recipients SET status = 'sending', next_attempt_at = :lease"
            + " WHERE id = :id AND status = :status AND next_attempt_at = :seen")
    int claim(long id, String status, @Bind("seen") String seenNextAttempt,
            @Bind("lease") String leaseUntil);

    @SqlUpdate("UPDATE bulletin_recipients SET status = 'sent', attempts = attempts + 1, sent_at = :now,"
            + " next_attempt_at = NULL, last_error = NULL WHERE id = :id")
    void markSent(long id, String now);

    /** Records a failed attempt; {@code nextAttempt} null means giving up. */
    @SqlUpdate("UPDATE bulletin_recipients SET status = 'failed', attempts = attempts + 1, last_error = :error,"
            + " next_attempt_at = :nextAttempt WHERE id = :id")
    void markFailed(long id, String error, String nextAttempt);

    @SqlQuery("SELECT id, bulletin_id, email, unit_code, status, attempts, last_error, next_attempt_at, sent_at"
            + " FROM bulletin_recipients WHERE id = :id")
    Optional<RecipientRow> recipient(long id);
}
