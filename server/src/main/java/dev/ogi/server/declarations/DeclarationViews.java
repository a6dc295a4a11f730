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

/** Declarations as the API shows them, and their stored fields read and written as JSON. */
record DeclarationViews(ObjectMapper json) {

    private static final TypeReference<Map<String, JsonNode>> FIELD_MAP = new TypeReference<>() {
    };

    Views.Declaration declaration(DeclarationDao dao, Campaign campaign, DeclarationType type,
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

    Views.Version version(DeclarationDao dao, VersionRow row) {
        List<Views.Review> trail = dao.reviewsOfVersion(row.id()).stream().map(DeclarationViews::reviewView).toList();
        List<Views.Attachment> attachments = dao.attachmentsOfDeclaration(row.declarationId()).stream()
                .filter(a -> a.versionId() == row.id()).map(DeclarationViews::attachmentView).toList();
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

    Map<String, JsonNode> fields(VersionRow row) {
        try {
            Map<String, JsonNode> map = json.readValue(row.fieldsJson(), FIELD_MAP);
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("declaration version " + row.id() + " holds unreadable fields", e);
        }
    }

    String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("declaration fields cannot be written", e);
        }
    }
}
