package dev.ogi.server.appeals;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Indicator;
import dev.ogi.server.auth.User;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.scores.OverrideRow;
import dev.ogi.server.scores.OverrideService;
import dev.ogi.server.units.UnitCsv;
import dev.ogi.server.units.UnitService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Appeals (申诉): a unit disputes one indicator's judgment with a reason (and, if it likes, a page
 * of its site as evidence); the office upholds it (维持) or revises it (改判), always with a reason.
 * A revision is an override, linked to the appeal, so the score says why it changed.
 */
public final class AppealService {

    static final int MAX_REASON = 1000;

    /** What a unit sends: {@code {indicator, reason, evidenceUrl?}}. */
    public record AppealRequest(String indicator, String reason, String evidenceUrl) {
    }

    /** What the office sends: {@code {decision: uphold|revise, reason, status?, points?}}. */
    public record DecisionRequest(String decision, String reason, String status, Double points) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final CampaignRegistry campaigns;
    private final UnitService units;
    private final OverrideService overrides;

    public AppealService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, UnitService units, OverrideService overrides) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.campaigns = campaigns;
        this.units = units;
        this.overrides = overrides;
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
        if (campaign.milestones().stream().flatMap(m -> m.indicators().stream()).noneMatch(i -> i.id().equals(indicator))) {
            throw DomainException.invalid("指标 " + indicator + " 不在工作任务 " + campaign.id() + " 中，可选："
                    + campaign.milestones().stream().flatMap(m -> m.indicators().stream()).map(Indicator::id)
                            .collect(Collectors.joining("、")));
        }
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
        AppealDao dao = jdbi.onDemand(AppealDao.class);
        long id = dao.insert(unitCode, campaign.id(), indicator, reason, evidence, user.username(),
                clock.instant().toString());
        return dao.find(id).orElseThrow();
    }

    /** A unit's appeals, newest first: for the unit itself, the office and leaders. */
    public List<Appeal> forUnit(User user, String unitCode) {
        user.requireCanSeeUnit(unitCode);
        units.require(unitCode);
        return jdbi.onDemand(AppealDao.class).forUnit(unitCode);
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
        AppealDao dao = jdbi.onDemand(AppealDao.class);
        Appeal appeal = dao.find(id).orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的申诉"));
        if (!Appeal.PENDING.equals(appeal.status())) {
            throw DomainException.conflict("第 " + id + " 号申诉已办理（" + appeal.status() + "），不能再次办理");
        }
        Long overrideId = null;
        if (decision.equals("revise")) {
            OverrideRow override = overrides.record(user.username(), new OverrideService.OverrideRequest(
                    appeal.unitCode(), appeal.indicatorId(), request.status(), request.points(),
                    "申诉改判（第 " + id + " 号申诉）：" + reason, false, appeal.campaignId()));
            overrideId = override.id();
        }
        if (dao.decide(id, decision.equals("revise") ? Appeal.REVISED : Appeal.UPHELD, user.username(),
                clock.instant().toString(), reason, overrideId) != 1) {
            throw DomainException.conflict("第 " + id + " 号申诉刚被办理，请刷新后查看");
        }
        return dao.find(id).orElseThrow();
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
