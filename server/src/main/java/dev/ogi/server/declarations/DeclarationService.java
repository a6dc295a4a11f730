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
import dev.ogi.server.core.ApiException;
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
 * Declarations and their workflow 填报 → 初审 → 复审 → 复核 → 公示. A unit drafts and submits; the
 * general office passes each review step or sends the version back with reasons; the unit then
 * files a new version. Versions are never changed once submitted and never deleted, so the
 * approval in force stays until a newer version is published. Every permission is checked here,
 * whoever calls.
 */
public final class DeclarationService {

    /** The day an instant falls on, for waiting times and deadlines: the province's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final int COMMENT_MAX = 1000;
    private static final TypeReference<Map<String, JsonNode>> FIELD_MAP = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final Clock clock;
    private final CampaignRegistry campaigns;
    private final UnitService units;
    private final DeclarationsConfiguration configuration;
    private final AttachmentStore store;
    private final ObjectMapper json;
    private final List<Runnable> approvalListeners = new CopyOnWriteArrayList<>();

    public DeclarationService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, UnitService units,
            DeclarationsConfiguration configuration, AttachmentStore store, ObjectMapper json) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.campaigns = campaigns;
        this.units = units;
        this.configuration = configuration;
        this.store = store;
        this.json = json;
    }

    /** Called after a version is published (approved), e.g. to drop cached scores. */
    public void onApproved(Runnable listener) {
        approvalListeners.add(listener);
    }

    public DeclarationsConfiguration configuration() {
        return configuration;
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
                declarations.add(view(dao, campaign, type, Optional.ofNullable(byType.get(type.id()))));
            }
            return new Views.UnitDeclarations(unit.code(), unit.name(), campaign.id(), declarations);
        });
    }

    public Views.Declaration get(Actor actor, String unitCode, String campaignId, String typeId) {
        actor.requireCanRead(unitCode);
        units.require(unitCode);
        Campaign campaign = campaigns.require(campaignId);
        DeclarationType type = type(campaign, typeId);
        return jdbi.withHandle(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            return view(dao, campaign, type, dao.findDeclaration(unitCode, campaign.id(), typeId));
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
                    .map(v -> new ApprovedDeclaration(unitCode, typeId, v.id(), v.version(), fields(v),
                            Instant.parse(v.submittedAt()), Instant.parse(v.publishedAt()))));
        });
    }

    // ---- filing ----

    /** Saves the unit's draft (a new version when the newest one is submitted, returned or published). */
    public Views.Declaration saveDraft(Actor actor, String unitCode, String campaignId, String typeId,
            Map<String, JsonNode> fields) {
        actor.requireCanFile(unitCode);
        units.require(unitCode);
        Campaign campaign = campaigns.require(campaignId);
        DeclarationType type = type(campaign, typeId);
        return jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            storeDraft(dao, actor, unitCode, campaign, type, fields, now());
            return view(dao, campaign, type, dao.findDeclaration(unitCode, campaign.id(), typeId));
        });
    }

    /** Submits the draft (after saving the given fields, if any) for 初审. */
    public Views.Declaration submit(Actor actor, String unitCode, String campaignId, String typeId,
            Optional<Map<String, JsonNode>> fields) {
        return submit(actor, unitCode, campaignId, typeId, fields, now());
    }

    /**
     * As {@link #submit}, dated {@code at}: only for replaying a campaign (the demo), never reachable
     * from the API, where the filing time is always now.
     */
    Views.Declaration submit(Actor actor, String unitCode, String campaignId, String typeId,
            Optional<Map<String, JsonNode>> fields, Instant at) {
        actor.requireCanFile(unitCode);
        units.require(unitCode);
        Campaign campaign = campaigns.require(campaignId);
        DeclarationType type = type(campaign, typeId);
        return jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            if (fields.isPresent()) {
                storeDraft(dao, actor, unitCode, campaign, type, fields.get(), at);
            }
            DeclarationRow declaration = dao.findDeclaration(unitCode, campaign.id(), typeId)
                    .orElseThrow(() -> ApiException.conflict("「" + type.title() + "」还没有草稿，请先填写再提交"));
            VersionRow draft = dao.latestVersion(declaration.id())
                    .filter(v -> v.statusValue() == VersionStatus.draft)
                    .orElseThrow(() -> ApiException.conflict("「" + type.title() + "」没有待提交的草稿（最新版本"
                            + latestLabel(dao, declaration) + "），请先修改后再提交"));
            FieldValidator.Result checked = FieldValidator.validate(type, fields(draft), true,
                    attachmentsOf(dao, declaration.id()));
            if (!checked.ok()) {
                throw new ApiException(400, "「" + type.title() + "」还不能提交：有 " + checked.errors().size()
                        + " 处需要补充或修改", checked.errors());
            }
            dao.updateDraft(draft.id(), write(checked.values()));
            if (dao.moveStatus(draft.id(), VersionStatus.draft.name(), VersionStatus.submitted.name(), at.toString()) != 1) {
                throw ApiException.conflict("该草稿刚被提交或修改，请刷新后重试");
            }
            dao.insertReview(draft.id(), ReviewStep.submit.name(), "pass", actor.username(), null, at.toString());
            return view(dao, campaign, type, Optional.of(declaration));
        });
    }

    private VersionRow storeDraft(DeclarationDao dao, Actor actor, String unitCode, Campaign campaign, DeclarationType type,
            Map<String, JsonNode> fields, Instant at) {
        Optional<DeclarationRow> existing = dao.findDeclaration(unitCode, campaign.id(), type.id());
        Optional<VersionRow> latest = existing.flatMap(d -> dao.latestVersion(d.id()));
        requireEditable(type, latest);
        LongFunction<Optional<AttachmentRow>> attachments = existing.isPresent()
                ? attachmentsOf(dao, existing.get().id())
                : id -> Optional.empty();
        FieldValidator.Result checked = FieldValidator.validate(type, fields, false, attachments);
        if (!checked.ok()) {
            throw new ApiException(400, "「" + type.title() + "」有 " + checked.errors().size() + " 处填写有误，未保存",
                    checked.errors());
        }
        String values = write(checked.values());
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

    private static void requireEditable(DeclarationType type, Optional<VersionRow> latest) {
        if (latest.isPresent() && latest.get().statusValue().underReview()) {
            VersionRow version = latest.get();
            throw ApiException.conflict("「" + type.title() + "」第 " + version.version() + " 版正在审核中（"
                    + version.statusValue().label() + "），审核结束前不能修改；如需修改，请联系省政府办公厅退回");
        }
    }

    // ---- reviewing ----

    /** The office passes the step a version waits for, or sends it back with reasons. */
    public Views.Version review(Actor actor, long versionId, String decision, String comment) {
        return review(actor, versionId, decision, comment, now());
    }

    /** As {@link #review}, dated {@code at}: only for replaying a campaign (the demo). */
    Views.Version review(Actor actor, long versionId, String decision, String comment, Instant at) {
        actor.requireCanReview();
        boolean pass = "pass".equals(decision);
        if (!pass && !"return".equals(decision)) {
            throw new ApiException(400, "审核结论应为 pass（通过）或 return（退回）",
                    List.of(new FieldError("decision", "请选择通过或退回")));
        }
        String reason = comment == null ? "" : comment.strip();
        if (!pass && reason.isEmpty()) {
            throw new ApiException(400, "退回时必须填写退回理由", List.of(new FieldError("comment", "请填写退回理由，单位将据此修改")));
        }
        if (reason.length() > COMMENT_MAX) {
            throw new ApiException(400, "审核意见过长", List.of(new FieldError("comment", "审核意见最多 " + COMMENT_MAX + " 个字")));
        }
        VersionStatus[] after = new VersionStatus[1];
        Views.Version result = jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            VersionRow version = dao.version(versionId)
                    .orElseThrow(() -> ApiException.notFound("没有编号为 " + versionId + " 的填报版本"));
            VersionStatus status = version.statusValue();
            ReviewStep step = status.awaiting().orElseThrow(() -> ApiException.conflict(
                    "第 " + version.version() + " 版当前状态为「" + status.label() + "」，不在审核中"));
            if (configuration.isDistinctReviewers()) {
                for (ReviewRow done : dao.reviewsOfVersion(versionId)) {
                    if (done.actor().equals(actor.username())) {
                        throw ApiException.conflict("谁审核谁负责：同一账号不能办理同一版本的两个环节，您已办理过「"
                                + ReviewStep.valueOf(done.step()).label() + "」，请由其他同志办理「" + step.label() + "」");
                    }
                }
            }
            VersionStatus next = pass ? status.afterPass() : VersionStatus.returned;
            if (dao.moveStatus(versionId, status.name(), next.name(), at.toString()) != 1) {
                throw ApiException.conflict("该版本刚被其他人审核过，请刷新后查看");
            }
            dao.insertReview(versionId, step.name(), pass ? "pass" : "return", actor.username(),
                    reason.isEmpty() ? null : reason, at.toString());
            after[0] = next;
            return versionView(dao, dao.version(versionId).orElseThrow());
        });
        if (after[0] == VersionStatus.published) {
            approvalListeners.forEach(Runnable::run);
        }
        return result;
    }

    /** The office's queue: counts per step and every version waiting, oldest wait first. */
    public Views.Queue queue(Actor actor, String campaignId, LocalDate asOf) {
        actor.requireCanSeeQueue();
        Campaign campaign = campaigns.require(campaignId);
        int overdueDays = configuration.getReviewOverdueDays();
        return jdbi.withHandle(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            List<String> waiting = List.of(VersionStatus.submitted.name(), VersionStatus.first_reviewed.name(),
                    VersionStatus.second_reviewed.name());
            List<Views.QueueItem> items = new ArrayList<>();
            for (PendingRow row : dao.pending(waiting, campaign.id())) {
                items.add(queueItem(campaign, row, asOf, overdueDays));
            }
            List<String> latest = dao.latestStatuses(campaign.id());
            List<Views.StepCount> counts = new ArrayList<>();
            for (VersionStatus status : VersionStatus.values()) {
                if (status == VersionStatus.draft) {
                    continue;
                }
                int count = (int) latest.stream().filter(status.name()::equals).count();
                counts.add(new Views.StepCount(status.name(), status.label(), count));
            }
            int overdue = (int) items.stream().filter(Views.QueueItem::overdue).count();
            return new Views.Queue(campaign.id(), asOf, overdueDays, counts, overdue, items);
        });
    }

    private static Views.QueueItem queueItem(Campaign campaign, PendingRow row, LocalDate asOf, int overdueDays) {
        VersionStatus status = VersionStatus.valueOf(row.status());
        ReviewStep step = status.awaiting().orElseThrow();
        Optional<DeclarationType> type = campaign.declarationType(row.typeId());
        Optional<Milestone> milestone = type.flatMap(t -> t.milestone() == null ? Optional.empty() : campaign.milestone(t.milestone()));
        LocalDate deadline = milestone.map(Milestone::deadline).orElse(null);
        LocalDate since = Instant.parse(row.waitingSince()).atZone(ZONE).toLocalDate();
        long days = Math.max(0, ChronoUnit.DAYS.between(since, asOf));
        List<String> reasons = new ArrayList<>();
        if (days >= overdueDays) {
            reasons.add("已等待" + step.label() + " " + days + " 天（超过 " + overdueDays + " 天）");
        }
        if (deadline != null && asOf.isAfter(deadline)) {
            reasons.add(milestone.get().id() + " 截止日期 " + deadline + " 已过，尚未审结");
        }
        return new Views.QueueItem(row.versionId(), row.declarationId(), row.unitCode(), row.unitName(), row.typeId(),
                type.map(DeclarationType::title).orElse(row.typeId()), milestone.map(Milestone::id).orElse(null), deadline,
                row.version(), status.name(), status.label(), step.name(), step.label(), row.submittedAt(),
                row.waitingSince(), days, !reasons.isEmpty(), reasons);
    }

    // ---- attachments ----

    /**
     * Stores an uploaded document for a document field of the unit's draft (a draft is started if
     * needed) and points the field at it. Refused, with nothing stored, when too big or not a PDF
     * or Word document by its content.
     */
    public Views.Attachment upload(Actor actor, String unitCode, String campaignId, String typeId, String fieldId,
            String fileName, InputStream body) {
        actor.requireCanFile(unitCode);
        units.require(unitCode);
        Campaign campaign = campaigns.require(campaignId);
        DeclarationType type = type(campaign, typeId);
        DeclarationField field = type.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst()
                .orElseThrow(() -> new ApiException(400, "「" + type.title() + "」没有名为 " + fieldId + " 的字段",
                        List.of(new FieldError(fieldId == null ? "field" : fieldId, "字段不存在"))));
        if (!"document".equals(field.type())) {
            throw new ApiException(400, "「" + field.label() + "」不是文件字段，不能上传附件",
                    List.of(new FieldError(fieldId, "该字段不接受文件")));
        }
        long max = configuration.getMaxAttachmentSize().toBytes();
        byte[] content = readAtMost(body, max);
        String name = cleanFileName(fileName);
        if (content.length > max) {
            throw new ApiException(413, "文件「" + name + "」超过大小限制 " + configuration.getMaxAttachmentSize()
                    + "，未保存", List.of(new FieldError(fieldId, "文件超过 " + humanSize(max) + "，请压缩或拆分后上传")));
        }
        if (content.length == 0) {
            throw new ApiException(400, "文件「" + name + "」是空的，未保存", List.of(new FieldError(fieldId, "文件为空")));
        }
        DocumentType detected = DocumentType.detect(content).orElseThrow(() -> new ApiException(415,
                "文件「" + name + "」不是 PDF 或 Word 文档（按文件内容判断，与扩展名无关），未保存",
                List.of(new FieldError(fieldId, "只接受 PDF、Word（.doc/.docx）文件；「" + name + "」的内容不是这几种格式"))));
        String sha = AttachmentStore.sha256(content);
        Instant at = now();
        return jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            Optional<DeclarationRow> existing = dao.findDeclaration(unitCode, campaign.id(), typeId);
            Optional<VersionRow> latest = existing.flatMap(d -> dao.latestVersion(d.id()));
            requireEditable(type, latest);
            long declarationId = existing.map(DeclarationRow::id)
                    .orElseGet(() -> dao.insertDeclaration(unitCode, campaign.id(), typeId, at.toString()));
            VersionRow draft = latest.filter(v -> v.statusValue() == VersionStatus.draft).orElseGet(() -> {
                // a new draft starts from what was filed last, so an amendment changes only what it must
                String base = latest.map(VersionRow::fieldsJson).orElse("{}");
                long id = dao.insertDraft(declarationId, latest.map(v -> v.version() + 1).orElse(1), base,
                        actor.username(), at.toString());
                return dao.version(id).orElseThrow();
            });
            String relative = store.put(sha, content);
            long id = dao.insertAttachment(draft.id(), fieldId, name, detected.contentType(), content.length, sha, relative,
                    actor.username(), at.toString());
            Map<String, JsonNode> fields = new LinkedHashMap<>(fields(draft));
            fields.put(fieldId, json.createObjectNode().put("attachmentId", id));
            FieldValidator.Result checked = FieldValidator.validate(type, fields, false, attachmentsOf(dao, declarationId));
            if (checked.ok()) {
                dao.updateDraft(draft.id(), write(checked.values()));
            }
            return attachmentView(dao.attachment(id).orElseThrow());
        });
    }

    /** An attachment and its file, for those who may read the unit's declarations. */
    public StoredAttachment download(Actor actor, long attachmentId) {
        return jdbi.withHandle(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            AttachmentRow row = dao.attachment(attachmentId)
                    .orElseThrow(() -> ApiException.notFound("没有编号为 " + attachmentId + " 的附件"));
            DeclarationRow declaration = dao.version(row.versionId()).flatMap(v -> dao.declaration(v.declarationId()))
                    .orElseThrow(() -> ApiException.notFound("附件 " + attachmentId + " 不属于任何填报"));
            actor.requireCanRead(declaration.unitCode());
            Path file = store.resolve(row.storedPath());
            return new StoredAttachment(row, file);
        });
    }

    // ---- views ----

    private Views.Declaration view(DeclarationDao dao, Campaign campaign, DeclarationType type,
            Optional<DeclarationRow> declaration) {
        Views.Type typeView = typeView(campaign, type);
        if (declaration.isEmpty()) {
            return new Views.Declaration(typeView, null, "none", "未填报", null, List.of());
        }
        long id = declaration.get().id();
        List<VersionRow> versions = dao.versions(id);
        Map<Long, List<Views.Review>> trails = new LinkedHashMap<>();
        for (ReviewRow review : dao.reviewsOfDeclaration(id)) {
            trails.computeIfAbsent(review.versionId(), k -> new ArrayList<>()).add(reviewView(review));
        }
        Map<Long, List<Views.Attachment>> attachments = new LinkedHashMap<>();
        for (AttachmentRow row : dao.attachmentsOfDeclaration(id)) {
            attachments.computeIfAbsent(row.versionId(), k -> new ArrayList<>()).add(attachmentView(row));
        }
        List<Views.Version> views = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            VersionRow v = versions.get(i);
            views.add(versionView(v, trails.getOrDefault(v.id(), List.of()), attachments.getOrDefault(v.id(), List.of())));
        }
        Integer approved = versions.stream().filter(v -> v.statusValue() == VersionStatus.published)
                .map(VersionRow::version).max(Integer::compare).orElse(null);
        VersionRow newest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        String status = newest == null ? "none" : newest.status();
        String label = newest == null ? "未填报" : newest.statusValue().label();
        return new Views.Declaration(typeView, id, status, label, approved, views);
    }

    private Views.Version versionView(DeclarationDao dao, VersionRow row) {
        List<Views.Review> trail = dao.reviewsOfVersion(row.id()).stream().map(DeclarationService::reviewView).toList();
        List<Views.Attachment> attachments = dao.attachmentsOfDeclaration(row.declarationId()).stream()
                .filter(a -> a.versionId() == row.id()).map(DeclarationService::attachmentView).toList();
        return versionView(row, trail, attachments);
    }

    private Views.Version versionView(VersionRow row, List<Views.Review> trail, List<Views.Attachment> attachments) {
        VersionStatus status = row.statusValue();
        Optional<ReviewStep> awaiting = status.awaiting();
        JsonNode fields;
        try {
            fields = json.readTree(row.fieldsJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("declaration version " + row.id() + " holds unreadable fields", e);
        }
        return new Views.Version(row.id(), row.declarationId(), row.version(), status.name(), status.label(),
                awaiting.map(Enum::name).orElse(null), awaiting.map(ReviewStep::label).orElse(null), fields,
                row.createdBy(), row.createdAt(), row.submittedAt(), row.publishedAt(), trail, attachments);
    }

    private static Views.Review reviewView(ReviewRow row) {
        ReviewStep step = ReviewStep.valueOf(row.step());
        String decisionLabel = step == ReviewStep.submit ? "提交" : "pass".equals(row.decision()) ? "通过" : "退回";
        return new Views.Review(row.step(), step.label(), row.decision(), decisionLabel, row.actor(), row.comment(), row.at());
    }

    static Views.Attachment attachmentView(AttachmentRow row) {
        return new Views.Attachment(row.id(), row.versionId(), row.fieldId(), row.fileName(), row.contentType(),
                row.sizeBytes(), row.sha256(), row.uploadedBy(), row.uploadedAt(),
                "/api/declarations/attachments/" + row.id());
    }

    private static Views.Type typeView(Campaign campaign, DeclarationType type) {
        Optional<Milestone> milestone = type.milestone() == null ? Optional.empty() : campaign.milestone(type.milestone());
        return new Views.Type(type.id(), type.title(), type.milestone(), milestone.map(Milestone::title).orElse(null),
                milestone.map(Milestone::deadline).orElse(null), type.fields());
    }

    // ---- helpers ----

    private static DeclarationType type(Campaign campaign, String typeId) {
        return campaign.declarationType(typeId).orElseThrow(() -> ApiException.notFound(
                "工作任务 " + campaign.id() + " 没有填报类型 " + typeId + "；可填报：" + campaign.declarationTypes().stream()
                        .map(t -> t.id() + "（" + t.title() + "）").toList()));
    }

    private static String latestLabel(DeclarationDao dao, DeclarationRow declaration) {
        return dao.latestVersion(declaration.id()).map(v -> "第 " + v.version() + " 版" + v.statusValue().label()).orElse("无");
    }

    /** Attachments of one declaration only: a unit cannot point its form at another unit's file. */
    private static LongFunction<Optional<AttachmentRow>> attachmentsOf(DeclarationDao dao, long declarationId) {
        return id -> dao.attachment(id).filter(a -> dao.version(a.versionId())
                .map(v -> v.declarationId() == declarationId).orElse(false));
    }

    Map<String, JsonNode> fields(VersionRow row) {
        try {
            Map<String, JsonNode> map = json.readValue(row.fieldsJson(), FIELD_MAP);
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("declaration version " + row.id() + " holds unreadable fields", e);
        }
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("declaration fields cannot be written", e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static byte[] readAtMost(InputStream body, long max) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read: " + e.getMessage(), e);
        }
    }

    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "附件" : name;
    }

    private static String humanSize(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
