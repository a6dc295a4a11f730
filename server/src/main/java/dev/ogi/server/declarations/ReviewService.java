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
 * The general office's review of submitted versions, step by step 初审 → 复审 → 复核 → 公示, and
 * its queue of what waits. A version moves one step per decision; who decided one step may not
 * decide another of the same version when the configuration says so.
 */
public final class ReviewService {

    private static final int COMMENT_MAX = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CampaignRegistry campaigns;
    private final DeclarationsConfiguration configuration;
    private final DeclarationViews views;
    private final dev.ogi.server.audit.AuditLog audit;
    private final List<Runnable> approvalListeners = new CopyOnWriteArrayList<>();

    ReviewService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, DeclarationsConfiguration configuration,
            DeclarationViews views, dev.ogi.server.audit.AuditLog audit) {
        this.audit = audit;
        this.jdbi = jdbi;
        this.clock = clock;
        this.campaigns = campaigns;
        this.configuration = configuration;
        this.views = views;
    }

    /** Called after a version is published (approved), e.g. to drop cached scores. */
    public void onApproved(Runnable listener) {
        approvalListeners.add(listener);
    }

    /** The office passes the step a version waits for, or sends it back with reasons. */
    public Views.Version review(Actor actor, long versionId, String decision, String comment) {
        return review(actor, versionId, Optional.empty(), decision, comment);
    }

    /**
     * As {@link #review}, for the step the reviewer saw: when the version has moved on (a
     * double-click, a retried request, a colleague faster), the decision is refused as a conflict
     * instead of deciding the next step too.
     */
    public Views.Version review(Actor actor, long versionId, Optional<String> expectedStep, String decision,
            String comment) {
        return decide(actor, versionId, expectedStep, decision, comment, clock.instant());
    }

    /**
     * As {@link #review}, dated {@code at}: only for replaying a campaign (the demo), never
     * reachable from the API, where a review is always dated by the server's clock.
     */
    public Views.Version reviewAt(Actor actor, long versionId, String decision, String comment, Instant at) {
        return decide(actor, versionId, Optional.empty(), decision, comment, at);
    }

    private Views.Version decide(Actor actor, long versionId, Optional<String> expectedStep, String decision,
            String comment, Instant at) {
        actor.requireCanReview();
        Optional<ReviewStep> expected = expectedStep.filter(name -> !name.isBlank()).map(name -> parseStep(name));
        boolean pass = "pass".equals(decision);
        if (!pass && !"return".equals(decision)) {
            throw new DomainException(DomainException.Kind.INVALID, "审核结论应为 pass（通过）或 return（退回）",
                    List.of(new FieldError("decision", "请选择通过或退回")));
        }
        String reason = comment == null ? "" : comment.strip();
        if (!pass && reason.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "退回时必须填写退回理由", List.of(new FieldError("comment", "请填写退回理由，单位将据此修改")));
        }
        if (reason.length() > COMMENT_MAX) {
            throw new DomainException(DomainException.Kind.INVALID, "审核意见过长", List.of(new FieldError("comment", "审核意见最多 " + COMMENT_MAX + " 个字")));
        }
        VersionStatus[] after = new VersionStatus[1];
        Views.Version result = jdbi.inTransaction(handle -> {
            DeclarationDao dao = handle.attach(DeclarationDao.class);
            VersionRow version = dao.version(versionId)
                    .orElseThrow(() -> DomainException.notFound("没有编号为 " + versionId + " 的填报版本"));
            VersionStatus status = version.statusValue();
            ReviewStep step = status.awaiting().orElseThrow(() -> DomainException.conflict(
                    "第 " + version.version() + " 版当前状态为「" + status.label() + "」，不在审核中"));
            if (expected.isPresent() && expected.get() != step) {
                throw DomainException.conflict("第 " + version.version() + " 版已不在「" + expected.get().label()
                        + "」环节（现为「" + status.label() + "」），本次审核未办理；请刷新后查看");
            }
            if (configuration.isDistinctReviewers()) {
                for (ReviewRow done : dao.reviewsOfVersion(versionId)) {
                    if (done.actor().equals(actor.username())) {
                        throw DomainException.conflict("谁审核谁负责：同一账号不能办理同一版本的两个环节，您已办理过「"
                                + ReviewStep.valueOf(done.step()).label() + "」，请由其他同志办理「" + step.label() + "」");
                    }
                }
            }
            VersionStatus next = pass ? status.afterPass() : VersionStatus.returned;
            if (dao.moveStatus(versionId, status.name(), next.name(), at.toString()) != 1) {
                throw DomainException.conflict("该版本刚被其他人审核过，请刷新后查看");
            }
            dao.insertReview(versionId, step.name(), pass ? "pass" : "return", actor.username(),
                    reason.isEmpty() ? null : reason, at.toString());
            after[0] = next;
            audit.record(handle, new dev.ogi.server.audit.AuditActor(actor.username(), actor.role()),
                    "declaration.review", "version " + versionId,
                    java.util.Map.of("status", status.name(), "step", step.name()),
                    java.util.Map.of("status", next.name(), "decision", pass ? "pass" : "return"),
                    reason.isEmpty() ? null : reason);
            return views.version(dao, dao.version(versionId).orElseThrow());
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
        LocalDate since = Instant.parse(row.waitingSince()).atZone(DeclarationService.ZONE).toLocalDate();
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

    private static ReviewStep parseStep(String name) {
        try {
            ReviewStep step = ReviewStep.valueOf(name.strip());
            if (step != ReviewStep.submit) {
                return step;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the accepted names
        }
        throw DomainException.invalid("审核环节（step）应为 first_review（初审）、second_review（复审）或 final_check（复核），而不是 "
                + name, List.of(new FieldError("step", "审核环节无效")));
    }
}
