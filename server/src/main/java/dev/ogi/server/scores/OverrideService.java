package dev.ogi.server.scores;

import dev.ogi.server.core.Instants;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Indicator;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.IndicatorStatus;
import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.audit.AuditLog;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.AsOfClock;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.UnitService;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Manual corrections of one indicator: checked, stored as history (a newer override supersedes
 * the older one, a revoke is a new row, nothing is deleted) and the cached scores dropped. Used by
 * the office's overrides and by appeals the office revises.
 */
public record OverrideService(Jdbi jdbi, ScoreService scores, CampaignRegistry campaigns, AsOfClock asOfClock,
        UnitService units, AuditLog audit) {

    static final int MAX_REASON = 1000;

    /**
     * What the office sends.
     *
     * @param unitCode    the unit
     * @param indicatorId the campaign's indicator (guide_published, catalogue_fields, ...)
     * @param status      met_on_time, met_late, not_met or pending; optional when points are given
     * @param points      0..the indicator's weight; optional when a status is given (then derived)
     * @param reason      why (required)
     * @param revoke      true to cancel the override in force (points and status are then ignored)
     * @param campaign    the campaign, default the default campaign
     */
    public record OverrideRequest(String unitCode, String indicatorId, String status, Double points, String reason,
            Boolean revoke, String campaign) {
    }

    /** Checks and stores an override by {@code author}, with its audit line; the stored row. */
    public OverrideRow record(AuditActor author, OverrideRequest request) {
        OverrideRow stored = jdbi.inTransaction(handle -> record(handle, author, request));
        scores.invalidate();
        return stored;
    }

    /**
     * Checks and stores an override inside the caller's transaction (an appeal's revision and its
     * decision land together); the caller drops the cached scores after the commit.
     */
    public OverrideRow record(Handle handle, AuditActor author, OverrideRequest request) {
        if (request == null) {
            throw DomainException.invalid("请求内容为空：需要 unitCode、indicatorId、reason，以及 status 或 points");
        }
        Campaign campaign = campaign(request.campaign());
        String unitCode = required(request.unitCode(), "unitCode", "请指定单位（unitCode）");
        if (units.find(unitCode).isEmpty()) {
            throw DomainException.invalid("单位 " + unitCode + " 不存在");
        }
        String indicatorId = required(request.indicatorId(), "indicatorId", "请指定要修正的指标（indicatorId）");
        Indicator indicator = CampaignRegistry.requireIndicator(campaign, indicatorId);
        String reason = required(request.reason(), "reason", "请填写修正理由（reason），说明为何修正系统判定");
        if (reason.length() > MAX_REASON) {
            throw DomainException.invalid("修正理由（reason）过长：" + reason.length() + " 个字符，最多 " + MAX_REASON + " 个");
        }
        boolean revoke = Boolean.TRUE.equals(request.revoke());
        OverrideDao dao = handle.attach(OverrideDao.class);
        String status = null;
        Double points = null;
        if (revoke) {
            boolean inForce = dao.listForUnit(campaign.id(), unitCode).stream()
                    .filter(o -> o.indicatorId().equals(indicatorId)).findFirst()
                    .map(o -> OverrideRow.SET.equals(o.action())).orElse(false);
            if (!inForce) {
                throw DomainException.invalid("单位 " + unitCode + " 的指标 " + indicatorId + " 当前没有生效的人工修正，无需撤销");
            }
        } else {
            if (request.status() != null && !request.status().isBlank()) {
                status = Arrays.stream(IndicatorStatus.values()).map(Enum::name)
                        .filter(n -> n.equals(request.status().strip())).findFirst()
                        .orElseThrow(() -> DomainException.invalid("状态（status）无效：\"" + request.status()
                                + "\"，应为 met_on_time、met_late、not_met 或 pending"));
            }
            points = request.points();
            if (points != null && (points.isNaN() || points < 0 || points > indicator.weight())) {
                throw DomainException.invalid("分值（points）应在 0 到 " + indicator.weight() + " 之间（该指标满分），收到 " + points);
            }
            if (status == null && points == null) {
                throw DomainException.invalid("请给出修正后的状态（status）或分值（points），或以 revoke: true 撤销修正");
            }
        }
        OverrideRow row = new OverrideRow(0, campaign.id(), unitCode, indicatorId,
                revoke ? OverrideRow.REVOKE : OverrideRow.SET, points, status, reason, author.name(),
                Instants.text(asOfClock.now()), asOfClock.today().toString());
        Optional<OverrideRow> before = dao.listForUnit(campaign.id(), unitCode).stream()
                .filter(o -> o.indicatorId().equals(indicatorId)).findFirst();
        long id = dao.insert(row);
        OverrideRow stored = dao.find(id).orElseThrow();
        audit.record(handle, author, revoke ? "override.revoke" : "override.set", unitCode, before.orElse(null), stored,
                reason);
        return stored;
    }

    /** Drops the cached scores: after a transaction that stored overrides commits. */
    public void changed() {
        scores.invalidate();
    }

    private Campaign campaign(String campaignId) {
        return campaigns.require(campaignId == null ? null : campaignId.strip());
    }

    /** A campaign's overrides, or one unit's ({@code unitCode} not null), newest first. */
    public Overrides list(String campaignId, String unitCode) {
        Campaign campaign = campaign(campaignId);
        OverrideDao dao = jdbi.onDemand(OverrideDao.class);
        return new Overrides(campaign.id(),
                unitCode == null ? dao.listForCampaign(campaign.id()) : dao.listForUnit(campaign.id(), unitCode));
    }

    /** The indicator an override changed, scored as of today with the override in force. */
    public Optional<IndicatorScore> scoredNow(OverrideRow override) {
        return scores.score(campaigns.require(override.campaignId()), override.unitCode(), asOfClock.today())
                .flatMap(score -> score.indicator(override.indicatorId()));
    }

    /** The overrides of a campaign, as the API answers them. */
    public record Overrides(String campaignId, List<OverrideRow> overrides) {
    }

    private static String required(String value, String field, String message) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty())
                .orElseThrow(() -> DomainException.invalid(message));
    }
}
