package dev.ogi.server.exemptions;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.ScoreExemption;
import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.audit.AuditLog;
import dev.ogi.server.auth.User;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.core.Instants;
import dev.ogi.server.units.UnitService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Exemptions (不适用): the office rules that an indicator does not apply to a unit, always with a
 * reason, or revokes that ruling. The indicator then leaves the unit's maximum; the unit page,
 * the rankings and the bulletin say so.
 */
public record ExemptionService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, UnitService units,
        AuditLog audit, Runnable onChange) {

    static final int MAX_REASON = 1000;

    /** What the office sends: {@code {indicator, reason, revoke?, campaign?}}. */
    public record ExemptionRequest(String indicator, String reason, Boolean revoke, String campaign) {
    }

    /** A unit's exemptions: those in force and the whole history. */
    public record UnitExemptions(String campaignId, String unitCode, List<Exemption> inForce, List<Exemption> history) {
    }

    /** Records a ruling by the office; the stored row. */
    public Exemption rule(User user, String unitCode, ExemptionRequest request) {
        if (!user.isOffice()) {
            throw DomainException.notAllowed("只有省政府办公厅可以认定考核事项不适用");
        }
        units.require(unitCode);
        if (request == null) {
            throw DomainException.invalid("请求内容为空：需要 indicator（指标）和 reason（理由）");
        }
        Campaign campaign = campaigns.require(request.campaign());
        String indicator = text(request.indicator(), "请指定不适用的指标（indicator）");
        CampaignRegistry.requireIndicator(campaign, indicator);
        String reason = text(request.reason(), "请填写理由（reason），说明该事项为何不适用于本单位");
        if (reason.length() > MAX_REASON) {
            throw DomainException.invalid("理由（reason）过长：" + reason.length() + " 个字符，最多 " + MAX_REASON + " 个");
        }
        boolean revoke = Boolean.TRUE.equals(request.revoke());
        Exemption stored = jdbi.inTransaction(handle -> {
            ExemptionDao dao = handle.attach(ExemptionDao.class);
            Optional<Exemption> current = dao.forUnit(campaign.id(), unitCode).stream()
                    .filter(e -> e.indicatorId().equals(indicator)).findFirst();
            boolean inForce = current.map(Exemption::inForce).orElse(false);
            if (revoke && !inForce) {
                throw DomainException.invalid("单位 " + unitCode + " 的指标 " + indicator + " 当前未被认定不适用，无需撤销");
            }
            if (!revoke && inForce) {
                throw DomainException.conflict("单位 " + unitCode + " 的指标 " + indicator + " 已被认定不适用（第 "
                        + current.get().id() + " 条）");
            }
            Exemption row = new Exemption(0, campaign.id(), unitCode, indicator, revoke ? Exemption.REVOKE : Exemption.SET,
                    reason, user.username(), Instants.text(clock.instant()));
            dao.append(row);
            Exemption saved = dao.forUnit(campaign.id(), unitCode).get(0);
            audit.record(handle, AuditActor.of(user), revoke ? "exemption.revoke" : "exemption.set", unitCode,
                    current.orElse(null), saved, reason);
            return saved;
        });
        onChange.run();
        return stored;
    }

    public UnitExemptions forUnit(User user, String unitCode, String campaignId) {
        user.requireCanSeeUnit(unitCode);
        units.require(unitCode);
        Campaign campaign = campaigns.require(campaignId);
        List<Exemption> history = jdbi.onDemand(ExemptionDao.class).forUnit(campaign.id(), unitCode);
        List<Exemption> inForce = history.stream()
                .filter(e -> history.stream().filter(o -> o.indicatorId().equals(e.indicatorId())).findFirst()
                        .orElseThrow() == e && e.inForce())
                .toList();
        return new UnitExemptions(campaign.id(), unitCode, inForce, history);
    }

    /** Every exemption in force in the campaign, as scoring reads them. */
    public List<Exemption> inForce(String campaignId) {
        return jdbi.onDemand(ExemptionDao.class).inForce(campaigns.require(campaignId).id());
    }

    public static ScoreExemption toScore(Exemption exemption) {
        return new ScoreExemption(exemption.id(), exemption.unitCode(), exemption.indicatorId(), exemption.reason());
    }

    private static String text(String value, String missing) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> DomainException.invalid(missing));
    }
}
