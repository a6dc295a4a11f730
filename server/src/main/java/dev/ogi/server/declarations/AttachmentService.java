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

/** Documents attached to declarations: uploads checked by size and by content, downloads by permission. */
public record AttachmentService(Jdbi jdbi, Clock clock, DeclarationsConfiguration configuration,
        AttachmentStore store, Drafts drafts, DeclarationViews views, ObjectMapper json) {

    /**
     * Stores an uploaded document for a document field of the unit's draft (a draft is started if
     * needed) and points the field at it. Refused, with nothing stored, when too big or not a PDF
     * or Word document by its content.
     */
    public Views.Attachment upload(Actor actor, String unitCode, String campaignId, String typeId, String fieldId,
            String fileName, InputStream body) {
        Drafts.Target target = drafts.forFiling(actor, unitCode, campaignId, typeId);
        Campaign campaign = target.campaign();
        DeclarationType type = target.type();
        DeclarationField field = type.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "「" + type.title() + "」没有名为 " + fieldId + " 的字段",
                        List.of(new FieldError(fieldId == null ? "field" : fieldId, "字段不存在"))));
        if (!"document".equals(field.type())) {
            throw new DomainException(DomainException.Kind.INVALID, "「" + field.label() + "」不是文件字段，不能上传附件",
                    List.of(new FieldError(fieldId, "该字段不接受文件")));
        }
        CheckedDocument document = check(fileName, body, fieldId);
        String name = document.name();
        byte[] content = document.content();
        DocumentType detected = document.type();
        String sha = document.sha256();
        Instant at = clock.instant();
        return jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            Optional<DeclarationRow> existing = dao.findDeclaration(unitCode, campaign.id(), typeId);
            Optional<VersionRow> latest = existing.flatMap(d -> dao.latestVersion(d.id()));
            Drafts.requireEditable(type, latest);
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
            Map<String, JsonNode> fields = new LinkedHashMap<>(views.fields(draft));
            fields.put(fieldId, json.createObjectNode().put("attachmentId", id));
            FieldValidator.Result checked = FieldValidator.validate(type, fields, false, Drafts.attachmentsOf(dao, declarationId));
            if (checked.ok()) {
                dao.updateDraft(draft.id(), views.write(checked.values()));
            }
            return DeclarationViews.attachmentView(dao.attachment(id).orElseThrow());
        });
    }

    /** A document as uploaded and checked: its cleaned name, bytes, type by content and SHA-256. */
    public record CheckedDocument(String name, byte[] content, DocumentType type, String sha256) {
    }

    /**
     * Reads and checks an upload as every document in the product is checked (appeal evidence
     * too): within the size limit, not empty, a PDF or Word document by its content. Refused with
     * an error naming {@code fieldId} otherwise.
     */
    public CheckedDocument check(String fileName, InputStream body, String fieldId) {
        long max = configuration.getMaxAttachmentSize().toBytes();
        byte[] content = readAtMost(body, max);
        String name = cleanFileName(fileName);
        if (content.length > max) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "文件「" + name + "」超过大小限制 " + configuration.getMaxAttachmentSize()
                    + "，未保存", List.of(new FieldError(fieldId, "文件超过 " + humanSize(max) + "，请压缩或拆分后上传")));
        }
        if (content.length == 0) {
            throw new DomainException(DomainException.Kind.INVALID, "文件「" + name + "」是空的，未保存", List.of(new FieldError(fieldId, "文件为空")));
        }
        DocumentType detected = DocumentType.detect(content).orElseThrow(() -> new DomainException(DomainException.Kind.UNSUPPORTED_TYPE, "文件「" + name + "」不是 PDF 或 Word 文档（按文件内容判断，与扩展名无关），未保存",
                List.of(new FieldError(fieldId, "只接受 PDF、Word（.doc/.docx）文件；「" + name + "」的内容不是这几种格式"))));
        return new CheckedDocument(name, content, detected, AttachmentStore.sha256(content));
    }

    /** Stores a checked document's bytes (once per content); the path to keep, relative to the store. */
    public String store(CheckedDocument document) {
        return store.put(document.sha256(), document.content());
    }

    /** Where a stored document's bytes are. */
    public Path resolve(String relative) {
        return store.resolve(relative);
    }

    /** An attachment and its file, for those who may read the unit's declarations. */
    public StoredAttachment download(Actor actor, long attachmentId) {
        return jdbi.withHandle(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            AttachmentRow row = dao.attachment(attachmentId)
                    .orElseThrow(() -> DomainException.notFound("没有编号为 " + attachmentId + " 的附件"));
            DeclarationRow declaration = dao.version(row.versionId()).flatMap(v -> dao.declaration(v.declarationId()))
                    .orElseThrow(() -> DomainException.notFound("附件 " + attachmentId + " 不属于任何填报"));
            actor.requireCanRead(declaration.unitCode());
            Path file = store.resolve(row.storedPath());
            return new StoredAttachment(row, file);
        });
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
