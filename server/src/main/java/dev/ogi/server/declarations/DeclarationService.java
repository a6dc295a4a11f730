package dev.ogi.server.declarations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.DeclarationField;
import dev.ogi.reports.campaign.DeclarationType;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Declarations and their filing: a unit drafts and submits, the office reviews
 * ({@link ReviewService}), documents are attached ({@link AttachmentService}). Versions are never
 * changed once submitted and never deleted, so the approval in force stays until a newer version
 * is published. Every permission is checked in these services, whoever calls.
 */
public final class DeclarationService {

    /** The day an instant falls on, for waiting times and deadlines: the province's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Jdbi jdbi;
    private final Clock clock;
    private final CampaignRegistry campaigns;
    private final UnitService units;
    private final DeclarationsConfiguration configuration;
    private final Drafts drafts;
    private final DeclarationViews views;
    private final ReviewService reviews;
    private final AttachmentService attachments;

    public DeclarationService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, UnitService units,
            DeclarationsConfiguration configuration, AttachmentStore store, ObjectMapper json,
            dev.ogi.server.audit.AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.campaigns = campaigns;
        this.units = units;
        this.configuration = configuration;
        this.drafts = new Drafts(campaigns, units);
        this.views = new DeclarationViews(json);
        this.reviews = new ReviewService(jdbi, clock, campaigns, configuration, views, audit);
        this.attachments = new AttachmentService(jdbi, clock, configuration, store, drafts, views, json);
    }

    public DeclarationsConfiguration configuration() {
        return configuration;
    }

    /** The office's reviews and queue of these declarations. */
    public ReviewService reviews() {
        return reviews;
    }

    /** The documents attached to these declarations. */
    public AttachmentService attachments() {
        return attachments;
    }

    // ---- reading ----

    public Views.UnitDeclarations list(Actor actor, String unitCode, String campaignId) {
        actor.requireCanRead(unitCode);
        Unit unit = units.require(unitCode);
        Campaign campaign = campaigns.require(campaignId);
        return jdbi.withHandle(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            Map<String, DeclarationRow> byType = new LinkedHashMap<>();
            for (DeclarationRow row : dao.declarationsOf(unitCode, campaign.id())) {
                byType.put(row.typeId(), row);
            }
            List<Views.Declaration> declarations = new ArrayList<>();
            for (DeclarationType type : campaign.declarationTypes()) {
                declarations.add(views.declaration(dao, campaign, type, Optional.ofNullable(byType.get(type.id()))));
            }
            return new Views.UnitDeclarations(unit.code(), unit.name(), campaign.id(), declarations);
        });
    }

    public Views.Declaration get(Actor actor, String unitCode, String campaignId, String typeId) {
        Drafts.Target target = drafts.forReading(actor, unitCode, campaignId, typeId);
        Campaign campaign = target.campaign();
        DeclarationType type = target.type();
        return jdbi.withHandle(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            return views.declaration(dao, campaign, type, dao.findDeclaration(unitCode, campaign.id(), typeId));
        });
    }

    /** The version in force (the newest published one) of a unit's declaration, if any; no permission check. */
    public Optional<ApprovedDeclaration> approved(String unitCode, String campaignId, String typeId) {
        Campaign campaign = campaigns.require(campaignId);
        return jdbi.withHandle(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            return dao.findDeclaration(unitCode, campaign.id(), typeId).flatMap(declaration -> dao.versions(declaration.id())
                    .stream()
                    .filter(v -> v.statusValue() == VersionStatus.published)
                    .max(Comparator.comparingInt(VersionRow::version))
                    .map(v -> new ApprovedDeclaration(unitCode, typeId, v.id(), v.version(), views.fields(v),
                            Instant.parse(v.submittedAt()), Instant.parse(v.publishedAt()))));
        });
    }

    // ---- filing ----

    /** Saves the unit's draft (a new version when the newest one is submitted, returned or published). */
    public Views.Declaration saveDraft(Actor actor, String unitCode, String campaignId, String typeId,
            Map<String, JsonNode> fields) {
        Drafts.Target target = drafts.forFiling(actor, unitCode, campaignId, typeId);
        Campaign campaign = target.campaign();
        DeclarationType type = target.type();
        return jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            storeDraft(dao, actor, unitCode, campaign, type, fields, clock.instant());
            return views.declaration(dao, campaign, type, dao.findDeclaration(unitCode, campaign.id(), typeId));
        });
    }

    /** Submits the draft (after saving the given fields, if any) for 初审. */
    public Views.Declaration submit(Actor actor, String unitCode, String campaignId, String typeId,
            Optional<Map<String, JsonNode>> fields) {
        return submitAt(actor, unitCode, campaignId, typeId, fields, clock.instant());
    }

    /**
     * As {@link #submit}, dated {@code at}: only for replaying a campaign (the demo), never reachable
     * from the API, where the filing time is always the server's now.
     */
    public Views.Declaration submitAt(Actor actor, String unitCode, String campaignId, String typeId,
            Optional<Map<String, JsonNode>> fields, Instant at) {
        Drafts.Target target = drafts.forFiling(actor, unitCode, campaignId, typeId);
        Campaign campaign = target.campaign();
        DeclarationType type = target.type();
        return jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            if (fields.isPresent()) {
                storeDraft(dao, actor, unitCode, campaign, type, fields.get(), at);
            }
            DeclarationRow declaration = dao.findDeclaration(unitCode, campaign.id(), typeId)
                    .orElseThrow(() -> DomainException.conflict("「" + type.title() + "」还没有草稿，请先填写再提交"));
            VersionRow draft = dao.latestVersion(declaration.id())
                    .filter(v -> v.statusValue() == VersionStatus.draft)
                    .orElseThrow(() -> DomainException.conflict("「" + type.title() + "」没有待提交的草稿（最新版本"
                            + Drafts.latestLabel(dao, declaration) + "），请先修改后再提交"));
            FieldValidator.Result checked = FieldValidator.validate(type, views.fields(draft), true,
                    Drafts.attachmentsOf(dao, declaration.id()));
            if (!checked.ok()) {
                throw new DomainException(DomainException.Kind.INVALID, "「" + type.title() + "」还不能提交：有 " + checked.errors().size()
                        + " 处需要补充或修改", checked.errors());
            }
            dao.updateDraft(draft.id(), views.write(checked.values()));
            if (dao.moveStatus(draft.id(), VersionStatus.draft.name(), VersionStatus.submitted.name(), at.toString()) != 1) {
                throw DomainException.conflict("该草稿刚被提交或修改，请刷新后重试");
            }
            dao.insertReview(draft.id(), ReviewStep.submit.name(), "pass", actor.username(), null, at.toString());
            return views.declaration(dao, campaign, type, Optional.of(declaration));
        });
    }

    private VersionRow storeDraft(DeclarationDao dao, Actor actor, String unitCode, Campaign campaign, DeclarationType type,
            Map<String, JsonNode> fields, Instant at) {
        Optional<DeclarationRow> existing = dao.findDeclaration(unitCode, campaign.id(), type.id());
        Optional<VersionRow> latest = existing.flatMap(d -> dao.latestVersion(d.id()));
        Drafts.requireEditable(type, latest);
        LongFunction<Optional<AttachmentRow>> attachments = existing.isPresent()
                ? Drafts.attachmentsOf(dao, existing.get().id())
                : id -> Optional.empty();
        FieldValidator.Result checked = FieldValidator.validate(type, fields, false, attachments);
        if (!checked.ok()) {
            throw new DomainException(DomainException.Kind.INVALID, "「" + type.title() + "」有 " + checked.errors().size() + " 处填写有误，未保存",
                    checked.errors());
        }
        String values = views.write(checked.values());
        long declarationId = existing.map(DeclarationRow::id)
                .orElseGet(() -> dao.insertDeclaration(unitCode, campaign.id(), type.id(), at.toString()));
        if (latest.isPresent() && latest.get().statusValue() == VersionStatus.draft) {
            dao.updateDraft(latest.get().id(), values);
            return dao.version(latest.get().id()).orElseThrow();
        }
        int next = latest.map(v -> v.version() + 1).orElse(1);
        long id = dao.insertDraft(declarationId, next, values, actor.username(), at.toString());
        return dao.version(id).orElseThrow();
    }
}
