package dev.ogi.server.appeals;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.audit.AuditLog;
import dev.ogi.server.auth.User;
import dev.ogi.server.core.Instants;
import dev.ogi.server.declarations.AttachmentService;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.scores.OverrideRow;
import dev.ogi.server.scores.OverrideService;
import dev.ogi.server.units.UnitCsv;
import dev.ogi.server.units.UnitService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Appeals (申诉): a unit disputes one indicator's judgment with a reason (and, if it likes, a page
 * of its site as evidence); the office upholds it (维持) or revises it (改判), always with a reason.
 * A revision is an override, linked to the appeal, so the score says why it changed.
 */
public record AppealService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, UnitService units,
        OverrideService overrides, AuditLog audit, int overdueAfterDays, AttachmentService documents) {

    static final int MAX_REASON = 1000;

    /** What a unit sends: {@code {indicator, reason, evidenceUrl?}}. */
    public record AppealRequest(String indicator, String reason, String evidenceUrl) {
    }

    /** What the office sends: {@code {decision: uphold|revise, reason, status?, points?}}. */
    public record DecisionRequest(String decision, String reason, String status, Double points) {
    }

    /** Files an appeal for the unit; only the unit's own account may. */
    public Appeal file(User user, String unitCode, AppealRequest request) {
        if (!user.isUnit() || !user.unitCode().map(unitCode::equals).orElse(false)) {
            throw DomainException.notAllowed("只有单位 " + unitCode + " 本单位的账号可以对其检查结果提出申诉");
        }
        units.require(unitCode);
        if (request == null) {
            throw DomainException.invalid("请求内容为空：需要 indicator（申诉的指标）和 reason（理由）");
        }
        Campaign campaign = campaigns.defaultCampaign();
        String indicator = Optional.ofNullable(request.indicator()).map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> DomainException.invalid("请指定申诉的指标（indicator）"));
        CampaignRegistry.requireIndicator(campaign, indicator);
        String reason = reason(request.reason(), "请填写申诉理由（reason），说明检查结果为何有误");
        String evidence = Optional.ofNullable(request.evidenceUrl()).map(String::strip).filter(s -> !s.isEmpty())
                .map(UnitCsv::normaliseHomepage).orElse(null);
        if (evidence != null) {
            String problem = UnitCsv.lengthProblem("证据网址（evidenceUrl）", evidence, UnitCsv.MAX_HOMEPAGE);
            problem = problem != null ? problem : UnitCsv.homepageProblem(evidence);
            if (problem != null) {
                throw DomainException.invalid(problem.replace("网站首页", "证据网址（evidenceUrl）"));
            }
        }
        return jdbi.inTransaction(handle -> {
            AppealDao dao = handle.attach(AppealDao.class);
            long id = dao.insert(unitCode, campaign.id(), indicator, reason, evidence, user.username(),
                    Instants.text(clock.instant()));
            Appeal filed = dao.find(id).orElseThrow();
            audit.record(handle, AuditActor.of(user), "appeal.file", unitCode, null, filed, reason);
            return filed;
        });
    }

    /** A unit's appeals, newest first: for the unit itself, the office and leaders. */
    public List<Appeal> forUnit(User user, String unitCode) {
        user.requireCanSeeUnit(unitCode);
        units.require(unitCode);
        return jdbi.onDemand(AppealDao.class).forUnit(unitCode);
    }

    /** Attaches a document (PDF or Word, checked like declaration attachments) to the unit's pending appeal. */
    public Appeal attachEvidence(User user, long id, String fileName, java.io.InputStream body) {
        AppealDao dao = jdbi.onDemand(AppealDao.class);
        Appeal appeal = dao.find(id).orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的申诉"));
        if (!user.isUnit() || !user.unitCode().map(appeal.unitCode()::equals).orElse(false)) {
            throw DomainException.notAllowed("只有提出申诉的单位可以为其附上证据材料");
        }
        if (!Appeal.PENDING.equals(appeal.status())) {
            throw DomainException.conflict("第 " + id + " 号申诉已办理，不能再补充材料");
        }
        AttachmentService.CheckedDocument document = documents.check(fileName, body, "evidence");
        String path = documents.store(document);
        return jdbi.inTransaction(handle -> {
            AppealDao tx = handle.attach(AppealDao.class);
            if (tx.attachEvidence(id, document.name(), document.content().length, document.type().contentType(),
                    path) != 1) {
                throw DomainException.conflict("第 " + id + " 号申诉刚被办理，不能再补充材料");
            }
            Appeal after = tx.find(id).orElseThrow();
            audit.record(handle, AuditActor.of(user), "appeal.evidence", appeal.unitCode(), appeal, after,
                    document.name() + "（SHA-256 " + document.sha256() + "）");
            return after;
        });
    }

    /** The evidence document of an appeal, for the unit itself, the office and leaders. */
    public StoredEvidence evidence(User user, long id) {
        AppealDao dao = jdbi.onDemand(AppealDao.class);
        Appeal appeal = dao.find(id).orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的申诉"));
        user.requireCanSeeUnit(appeal.unitCode());
        AppealDao.EvidenceFile file = dao.evidenceFile(id)
                .orElseThrow(() -> DomainException.notFound("第 " + id + " 号申诉没有附件"));
        return new StoredEvidence(file.name(), file.contentType(), documents.resolve(file.path()));
    }

    /** An evidence document and where its bytes are. */
    public record StoredEvidence(String name, String contentType, java.nio.file.Path file) {
    }

    /** The office's queue at a glance: how many wait, how many are overdue, how many were decided. */
    public record Summary(int pending, int overdue, int upheld, int revised, int overdueAfterDays) {
    }

    public Summary summary() {
        List<Appeal> all = jdbi.onDemand(AppealDao.class).withStatus(null);
        String overdueBefore = Instants.text(clock.instant().minus(java.time.Duration.ofDays(overdueAfterDays)));
        int pending = 0;
        int overdue = 0;
        int upheld = 0;
        int revised = 0;
        for (Appeal appeal : all) {
            switch (appeal.status()) {
                case Appeal.PENDING -> {
                    pending++;
                    overdue += appeal.filedAt().compareTo(overdueBefore) < 0 ? 1 : 0;
                }
                case Appeal.UPHELD -> upheld++;
                case Appeal.REVISED -> revised++;
                default -> { }
            }
        }
        return new Summary(pending, overdue, upheld, revised, overdueAfterDays);
    }

    /** The office's queue: every appeal with the status (all when none), oldest first. */
    public List<Appeal> queue(Optional<String> status) {
        Optional<String> wanted = status.map(String::strip).filter(s -> !s.isEmpty());
        wanted.filter(s -> !List.of(Appeal.PENDING, Appeal.UPHELD, Appeal.REVISED).contains(s)).ifPresent(s -> {
            throw DomainException.invalid("status 应为 pending、upheld 或 revised，而不是 " + s);
        });
        return jdbi.onDemand(AppealDao.class).withStatus(wanted.orElse(null));
    }

    /** The office decides a pending appeal: uphold the judgment, or revise it through an override. */
    public Appeal decide(User user, long id, DecisionRequest request) {
        if (!user.isOffice()) {
            throw DomainException.notAllowed("申诉由省政府办公厅办理");
        }
        if (request == null || request.decision() == null) {
            throw DomainException.invalid("请给出办理结论 decision：uphold（维持）或 revise（改判）");
        }
        String decision = request.decision().strip();
        if (!decision.equals("uphold") && !decision.equals("revise")) {
            throw DomainException.invalid("办理结论 decision 应为 uphold（维持）或 revise（改判），而不是 " + decision);
        }
        String reason = reason(request.reason(), "请填写办理理由（reason），单位将看到");
        // the revision and the decision land together or not at all
        Appeal decided = jdbi.inTransaction(handle -> {
            AppealDao dao = handle.attach(AppealDao.class);
            Appeal appeal = dao.find(id).orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的申诉"));
            if (!Appeal.PENDING.equals(appeal.status())) {
                throw DomainException.conflict("第 " + id + " 号申诉已办理（" + appeal.status() + "），不能再次办理");
            }
            Long overrideId = null;
            if (decision.equals("revise")) {
                OverrideRow override = overrides.record(handle, AuditActor.of(user), new OverrideService.OverrideRequest(
                        appeal.unitCode(), appeal.indicatorId(), request.status(), request.points(),
                        "申诉改判（第 " + id + " 号申诉）：" + reason, false, appeal.campaignId()));
                overrideId = override.id();
            }
            if (dao.decide(id, decision.equals("revise") ? Appeal.REVISED : Appeal.UPHELD, user.username(),
                    Instants.text(clock.instant()), reason, overrideId) != 1) {
                throw DomainException.conflict("第 " + id + " 号申诉刚被办理，请刷新后查看");
            }
            Appeal after = dao.find(id).orElseThrow();
            audit.record(handle, AuditActor.of(user), "appeal.decide", appeal.unitCode(), appeal, after, reason);
            return after;
        });
        overrides.changed();
        return decided;
    }

    private static String reason(String text, String missing) {
        String reason = Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> DomainException.invalid(missing));
        if (reason.length() > MAX_REASON) {
            throw DomainException.invalid("理由（reason）过长：" + reason.length() + " 个字符，最多 " + MAX_REASON + " 个");
        }
        return reason;
    }
}
