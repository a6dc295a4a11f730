package dev.ogi.server.standings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.reports.rank.Ranking;
import dev.ogi.reports.rank.RankingRow;
import dev.ogi.reports.rank.Rankings;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.server.audit.AuditEntry;
import dev.ogi.server.audit.AuditLog;
import dev.ogi.server.bulletins.BulletinRow;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.AsOfClock;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.core.Instants;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Official standings (定档): the scores, ranks and evidence frozen when a milestone's deadline has
 * passed and when a bulletin is issued. A frozen record never changes; what changed since (an
 * appeal revised, an override, an exemption) is shown beside it as a revision, with its reason,
 * read from the audit log.
 */
public record StandingService(Jdbi jdbi, Clock clock, AsOfClock asOf, CampaignRegistry campaigns,
        BiFunction<Campaign, LocalDate, List<UnitScore>> scores, AuditLog audit, ObjectMapper json) {

    private static final Logger LOG = LoggerFactory.getLogger(StandingService.class);
    private static final TypeReference<List<FrozenUnit>> UNITS = new TypeReference<>() { };
    /** The audit actions that revise a unit's score after a freeze. */
    private static final List<String> REVISING = List.of("override", "exemption", "appeal.decide");

    /** One unit: as frozen, as it stands today, and what revised it since. */
    public record Compared(String code, String name, String group, Standing official, Standing current,
            boolean changed, List<Revision> revisions) {
    }

    /** Total, rank in the group and the milestone's status. */
    public record Standing(double total, double max, Integer rank, String milestoneStatus) {
    }

    /** A change made after the freeze, from the audit log. */
    public record Revision(String at, String by, String action, String reason) {
    }

    /** {@code GET /api/official-scores?milestone=}: the frozen record beside today's standing. */
    public record OfficialScores(String campaignId, String milestoneId, OfficialStanding frozen, LocalDate currentAsOf,
            List<FrozenUnit> units, List<Compared> comparison) {
    }

    /**
     * Freezes every milestone of the default campaign whose deadline is before {@code today} and
     * that is not frozen yet, as of its deadline day; how many were frozen.
     */
    public int freezeDueDeadlines(LocalDate today) {
        Campaign campaign = campaigns.defaultCampaign();
        OfficialStandingDao dao = jdbi.onDemand(OfficialStandingDao.class);
        int frozen = 0;
        for (Milestone milestone : campaign.milestones()) {
            LocalDate deadline = milestone.deadline();
            if (deadline == null || !deadline.isBefore(today) || dao.deadlineFrozen(campaign.id(), milestone.id()) > 0) {
                continue;
            }
            List<UnitScore> atDeadline = scores.apply(campaign, deadline);
            // an empty registry (a fresh install) has no standing to freeze yet
            if (!atDeadline.isEmpty() && store(campaign, milestone.id(), OfficialStanding.DEADLINE, null, deadline,
                    atDeadline)) {
                frozen++;
                LOG.info("official standing of {} {} frozen as of its deadline {}", campaign.id(), milestone.id(), deadline);
            }
        }
        return frozen;
    }

    /** Freezes the standing a bulletin was made from, under the latest milestone due by its day. */
    public void freezeBulletin(BulletinRow bulletin, Campaign campaign, List<UnitScore> unitScores) {
        LocalDate day = LocalDate.parse(bulletin.asOf());
        String milestone = campaign.milestones().stream()
                .filter(m -> m.deadline() != null && !m.deadline().isAfter(day))
                .reduce((first, second) -> second).map(Milestone::id).orElse(null);
        store(campaign, milestone, OfficialStanding.BULLETIN, bulletin.id(), day, unitScores);
    }

    /** Every frozen record of the campaign, newest first, without the standings. */
    public List<OfficialStanding> list(String campaignId) {
        return jdbi.onDemand(OfficialStandingDao.class).list(campaigns.require(campaignId).id());
    }

    /** The milestone's frozen standing (its deadline's, else its newest bulletin's) beside today's. */
    public OfficialScores official(String campaignId, String milestoneId, Long bulletinId) {
        Campaign campaign = campaigns.require(campaignId);
        OfficialStandingDao dao = jdbi.onDemand(OfficialStandingDao.class);
        OfficialStanding frozen;
        if (bulletinId != null) {
            frozen = dao.forBulletin(campaign.id(), bulletinId)
                    .orElseThrow(() -> DomainException.notFound("第 " + bulletinId + " 号通报没有定档记录"));
        } else {
            String id = Optional.ofNullable(milestoneId).map(String::strip).filter(s -> !s.isEmpty())
                    .orElseThrow(() -> DomainException.invalid("请指定 milestone（如 M5）或 bulletin（通报编号）"));
            Milestone milestone = campaign.milestone(id).orElseThrow(() -> DomainException.invalid(
                    "工作任务 " + campaign.id() + " 没有阶段 " + id));
            frozen = dao.forMilestone(campaign.id(), id).orElseThrow(() -> DomainException.notFound(
                    id + " 尚未定档" + (milestone.deadline() == null ? "（该阶段没有截止日期）"
                            : "：截止日期 " + milestone.deadline() + " 过后自动定档")));
        }
        List<FrozenUnit> units = read(frozen.standing());
        LocalDate today = asOf.today();
        Map<String, FrozenUnit> now = new HashMap<>();
        List<UnitScore> current = scores.apply(campaign, today);
        Map<String, RankingRow> rows = rows(current, today);
        for (UnitScore score : current) {
            now.put(score.unit().code(), FrozenUnit.of(score, rows.get(score.unit().code()), frozen.milestoneId()));
        }
        Map<String, List<Revision>> revisions = revisionsSince(frozen.frozenAt());
        List<Compared> comparison = new ArrayList<>(units.size());
        for (FrozenUnit then : units) {
            FrozenUnit latest = now.get(then.code());
            Standing official = standing(then);
            Standing currentStanding = latest == null ? null : standing(latest);
            comparison.add(new Compared(then.code(), then.name(), then.group(), official, currentStanding,
                    currentStanding == null || !currentStanding.equals(official),
                    revisions.getOrDefault(then.code(), List.of())));
        }
        // the standing is in units, once
        OfficialStanding record = new OfficialStanding(frozen.id(), frozen.campaignId(), frozen.milestoneId(),
                frozen.occasion(), frozen.bulletinId(), frozen.asOf(), frozen.frozenAt(), null);
        return new OfficialScores(campaign.id(), frozen.milestoneId(), record, today, units, comparison);
    }

    private boolean store(Campaign campaign, String milestoneId, String occasion, Long bulletinId, LocalDate day,
            List<UnitScore> unitScores) {
        Map<String, RankingRow> rows = rows(unitScores, day);
        List<FrozenUnit> units = unitScores.stream()
                .map(s -> FrozenUnit.of(s, rows.get(s.unit().code()), milestoneId,
                        OfficialStanding.DEADLINE.equals(occasion)))
                .toList();
        String text;
        try {
            text = json.writeValueAsString(units);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the standing cannot be written as JSON: " + e.getMessage(), e);
        }
        return jdbi.onDemand(OfficialStandingDao.class).insert(new OfficialStanding(0, campaign.id(), milestoneId,
                occasion, bulletinId, day.toString(), Instants.text(clock.instant()), text)) == 1;
    }

    private static Map<String, RankingRow> rows(List<UnitScore> unitScores, LocalDate day) {
        Map<String, RankingRow> rows = new HashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        unitScores.forEach(s -> groups.add(s.unit().group()));
        for (String group : groups) {
            Ranking ranking = Rankings.rank(unitScores, group, day, Map.of());
            ranking.rows().forEach(r -> rows.put(r.unit().code(), r));
        }
        return rows;
    }

    private Map<String, List<Revision>> revisionsSince(String frozenAt) {
        Map<String, List<Revision>> byUnit = new HashMap<>();
        for (String action : REVISING) {
            for (AuditEntry entry : audit.find(new AuditLog.Filter(null, action, null, frozenAt, null, 10_000))) {
                byUnit.computeIfAbsent(entry.target(), c -> new ArrayList<>())
                        .add(new Revision(entry.at(), entry.actor(), entry.action(), entry.reason()));
            }
        }
        byUnit.values().forEach(list -> list.sort((a, b) -> a.at().compareTo(b.at())));
        return byUnit;
    }

    private static Standing standing(FrozenUnit unit) {
        return new Standing(unit.total(), unit.max(), unit.rank(), unit.milestoneStatus());
    }

    private List<FrozenUnit> read(String standing) {
        try {
            return json.readValue(standing, UNITS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen standing cannot be read: " + e.getMessage(), e);
        }
    }
}
