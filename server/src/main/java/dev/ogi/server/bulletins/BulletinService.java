package dev.ogi.server.bulletins;

import dev.ogi.server.core.Instants;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.bulletin.BulletinComposer;
import dev.ogi.reports.bulletin.BulletinDocument;
import dev.ogi.reports.bulletin.BulletinHtml;
import dev.ogi.reports.bulletin.BulletinInput;
import dev.ogi.reports.bulletin.BulletinInputs;
import dev.ogi.reports.bulletin.BulletinPdf;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitDao;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues bulletins: composes one from the scores as of a day, renders it, archives it with its
 * inputs and queues a copy for every subscriber, all at most once per issue key. The database's
 * unique index on the key is the lock, so a retry, a restart or a second node issuing the same
 * bulletin gets the one already issued.
 */
public final class BulletinService {

    private static final Logger LOG = LoggerFactory.getLogger(BulletinService.class);
    private static final int NUMBER_RACE_RETRIES = 5;

    /** A bulletin, and whether this call issued it (false: it had been issued before under the key). */
    public record Issued(BulletinRow bulletin, boolean created) {
    }

    /** Told of each bulletin this service issues, with the scores it was made from (after the commit). */
    public interface IssueListener {
        void issued(BulletinRow bulletin, Campaign campaign, List<UnitScore> scores);
    }

    private final List<IssueListener> issueListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Jdbi jdbi;
    private final Clock clock;
    private final CampaignRegistry campaigns;
    private final ScoreSource scores;
    private final BulletinsConfiguration configuration;
    private final ObjectMapper json;
    private final Supplier<BulletinPdf> pdf;
    private final BulletinComposer composer = new BulletinComposer();
    private final BulletinHtml html = new BulletinHtml();

    /**
     * @param pdf gives the PDF renderer (it locates the CJK font, failing with the package to install)
     */
    public BulletinService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, ScoreSource scores,
            BulletinsConfiguration configuration, ObjectMapper json, Supplier<BulletinPdf> pdf) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.campaigns = campaigns;
        this.scores = scores;
        this.configuration = configuration;
        this.json = json;
        this.pdf = pdf;
    }

    /** The key of the bulletin the schedule issues on a day: one per campaign and day. */
    public void onIssued(IssueListener listener) {
        issueListeners.add(listener);
    }

    public static String scheduledKey(String campaignId, LocalDate day) {
        return campaignId + "/" + day;
    }

    /** Issues the default campaign's bulletin for the day under the day's key. */
    public Issued issue(LocalDate asOf, String issuedBy) {
        return issue(asOf, issuedBy, scheduledKey(campaigns.defaultCampaign().id(), asOf));
    }

    /**
     * Issues the default campaign's bulletin as of a day, dated that day, unless one was issued
     * under the key already (then that one is returned and nothing is sent again).
     */
    public Issued issue(LocalDate asOf, String issuedBy, String issueKey) {
        BulletinDao dao = jdbi.onDemand(BulletinDao.class);
        Optional<BulletinRow> existing = dao.findByKey(issueKey);
        if (existing.isPresent()) {
            return new Issued(existing.get(), false);
        }
        Campaign campaign = campaigns.defaultCampaign();
        List<UnitScore> unitScores = scores.scores(campaign, asOf);
        // what the previous bulletin said, so this one says what changed since
        Optional<BulletinInput> previous = dao.previous(campaign.id(), asOf.toString()).flatMap(row -> input(row.id()));
        syncSubscribers();

        for (int attempt = 1; ; attempt++) {
            int number = dao.nextNumber(campaign.id());
            BulletinInput input = BulletinInputs.from(campaign, number, asOf, asOf, configuration.getIssuer(),
                    unitScores, previous);
            BulletinDocument document = composer.compose(input);
            String page = html.render(document);
            byte[] file;
            String pdfProblem = null;
            try {
                file = pdf.get().render(page);
            } catch (RuntimeException e) {
                // no usable font (or a renderer failure) must never stop a bulletin: the HTML stands
                LOG.warn("bulletin no. {} issued without its PDF for now: {}", number, e.getMessage());
                file = new byte[0];
                pdfProblem = "PDF 暂未生成（" + e.getMessage() + "）；HTML 版已存档并发送，字体可用后自动补生成";
            }
            String problem = pdfProblem;
            byte[] rendered = file;
            String inputsJson = toJson(input);
            String issuedAt = Instants.text(clock.instant());
            try {
                Optional<BulletinRow> issued = jdbi.inTransaction(handle -> {
                    BulletinDao tx = handle.attach(BulletinDao.class);
                    if (tx.insertIfNew(campaign.id(), number, issueKey, asOf.toString(), issuedAt, issuedBy,
                            document.title(), page, inputsJson, rendered, rendered.length == 0 ? "" : sha256(rendered),
                            problem) == 0) {
                        return Optional.<BulletinRow>empty();
                    }
                    BulletinRow row = tx.findByKey(issueKey).orElseThrow();
                    for (String email : tx.activeEmails()) {
                        tx.enqueue(row.id(), email, tx.unitOf(email).orElse(null), issuedAt);
                    }
                    return Optional.of(row);
                });
                if (issued.isPresent()) {
                    LOG.info("bulletin {} no. {} issued as of {} by {} (key {})", issued.get().id(), number, asOf,
                            issuedBy, issueKey);
                    issueListeners.forEach(l -> l.issued(issued.get(), campaign, unitScores));
                    return new Issued(issued.get(), true);
                }
                return new Issued(dao.findByKey(issueKey).orElseThrow(), false);
            } catch (UnableToExecuteStatementException e) {
                // another bulletin (another key) took this number meanwhile: take the next one
                if (attempt >= NUMBER_RACE_RETRIES || !String.valueOf(e.getMessage()).contains("bulletins.number")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Brings the subscribers up to date: the configured leaders and every active unit's office
     * e-mail. Addresses that are not valid e-mail addresses are left out (and logged).
     */
    public void syncSubscribers() {
        Map<String, Optional<String>> wanted = new LinkedHashMap<>();
        for (String leader : configuration.getLeaders()) {
            valid(leader).ifPresent(email -> wanted.put(email, Optional.empty()));
        }
        List<Unit> units = jdbi.onDemand(UnitDao.class).listActive();
        for (Unit unit : units) {
            if (unit.officeEmail() != null && !unit.officeEmail().isBlank()) {
                valid(unit.officeEmail()).ifPresent(email -> wanted.putIfAbsent(email, Optional.of(unit.code())));
            }
        }
        String now = Instants.text(clock.instant());
        jdbi.useTransaction(handle -> {
            BulletinDao dao = handle.attach(BulletinDao.class);
            wanted.forEach((email, unit) -> dao.upsertSubscriber(email, unit.orElse(null),
                    unit.isPresent() ? "unit" : "leader", now));
            dao.deactivateOthers(new ArrayList<>(wanted.keySet()), now);
        });
    }

    private static Optional<String> valid(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            return Optional.of(parsed.getAddress().toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            LOG.warn("subscriber address {} is not a valid e-mail address and gets no bulletins: {}", address, e.getMessage());
            return Optional.empty();
        }
    }

    // reading the archive

    public List<BulletinRow> list() {
        return jdbi.onDemand(BulletinDao.class).listNewestFirst();
    }

    public BulletinRow require(long id) {
        return jdbi.onDemand(BulletinDao.class).find(id)
                .orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的通报"));
    }

    public String html(long id) {
        return jdbi.onDemand(BulletinDao.class).html(id)
                .orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的通报"));
    }

    /**
     * Renders the PDFs of bulletins issued without one, from their archived HTML; those that still
     * cannot be rendered stay as they are. Run before sending and by the outbox's schedule.
     *
     * @return how many were rendered now
     */
    public int renderMissingPdfs() {
        BulletinDao dao = jdbi.onDemand(BulletinDao.class);
        int rendered = 0;
        for (long id : dao.withoutPdf()) {
            try {
                byte[] file = pdf.get().render(dao.html(id).orElseThrow());
                rendered += dao.storePdf(id, file, sha256(file));
            } catch (RuntimeException e) {
                LOG.warn("the PDF of bulletin {} still cannot be rendered: {}", id, e.getMessage());
                break;
            }
        }
        return rendered;
    }

    public byte[] pdf(long id) {
        return jdbi.onDemand(BulletinDao.class).pdf(id)
                .orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的通报"));
    }

    public List<RecipientRow> recipients(long id) {
        return jdbi.onDemand(BulletinDao.class).recipients(id);
    }

    /** The figures the bulletin was made from, exactly as archived. */
    public Optional<BulletinInput> input(long id) {
        return jdbi.onDemand(BulletinDao.class).inputsJson(id).map(text -> {
            try {
                return json.readValue(text, BulletinInput.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("bulletin " + id + " has unreadable archived inputs: " + e.getMessage(), e);
            }
        });
    }

    private String toJson(BulletinInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulletin inputs cannot be archived: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] content) {
        return dev.ogi.crawlers.fetch.Hashes.sha256Hex(content);
    }
}
