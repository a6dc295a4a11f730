package dev.ogi.server.alerts;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.MilestoneScore;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.reports.text.ChineseText;
import dev.ogi.server.auth.User;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.Instants;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Jdbi;

/**
 * Alerts to units when their standing gets worse: a published item lost (the crawl's debounce
 * has already passed), or a deadline near with items still missing (催办). Each event is alerted
 * once; a unit's alerts of one day go out in one message ({@link AlertMailer}). {@code siteUnreachable}
 * gives the units with the veto item 站点无法访问 as of a day (the availability monitor).
 */
public record AlertService(Jdbi jdbi, Clock clock, CampaignRegistry campaigns, UnitService units,
        BiFunction<Campaign, LocalDate, List<UnitScore>> scores, AlertsConfiguration configuration,
        java.util.function.Function<LocalDate, java.util.Set<String>> siteUnreachable) {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    /** Finds the events as of today against the previous crawl round's day; how many alerts are new. */
    public int detect(LocalDate today) {
        Campaign campaign = campaigns.defaultCampaign();
        Optional<LocalDate> previousRound = jdbi.withHandle(h -> h.createQuery(
                "SELECT max(as_of) FROM crawl_rounds WHERE as_of < :today AND status = 'finished'")
                .bind("today", today.toString()).mapTo(String.class).findOne())
                .map(text -> LocalDate.parse(text.substring(0, 10)));
        Map<String, UnitScore> before = new HashMap<>();
        previousRound.ifPresent(day -> scores.apply(campaign, day).forEach(s -> before.put(s.unit().code(), s)));
        Map<String, Unit> registry = new HashMap<>();
        units.list(false).forEach(u -> registry.put(u.code(), u));
        UnitAlertDao dao = jdbi.onDemand(UnitAlertDao.class);
        String at = Instants.text(clock.instant());
        java.util.Set<String> vetoNow = siteUnreachable.apply(today);
        java.util.Set<String> vetoBefore = previousRound.map(siteUnreachable).orElse(java.util.Set.of());
        int added = 0;
        for (UnitScore now : scores.apply(campaign, today)) {
            Unit unit = registry.get(now.unit().code());
            if (unit == null) {
                continue;
            }
            String email = Optional.ofNullable(unit.officeEmail()).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            if (vetoNow.contains(unit.code()) && !vetoBefore.contains(unit.code())) {
                added += dao.add(unit.code(), "veto:site_unreachable:" + today, "veto",
                        "单项否决：近7日首页无法访问的检测次数达到或超过5%（站点无法访问）。请尽快排查网站服务器和网络，保障政府网站稳定可访问。",
                        today.toString(), at, email);
            }
            UnitScore then = before.get(unit.code());
            if (then != null) {
                for (IndicatorScore indicator : now.indicators()) {
                    boolean wasMet = then.indicator(indicator.indicatorId()).map(i -> i.status().isMet()).orElse(false);
                    if (wasMet && !indicator.status().isMet() && indicator.status().applies()) {
                        added += dao.add(unit.code(), "lost:" + indicator.indicatorId() + ":" + today, "lost",
                                "「" + indicator.title() + "」此前已达标，" + ChineseText.date(today) + "检查时已不再达标："
                                        + indicator.reasonZh() + "。请尽快恢复。",
                                today.toString(), at, email);
                    }
                }
            }
            for (Milestone milestone : campaign.milestones()) {
                if (milestone.deadline() == null || milestone.deadline().isBefore(today)
                        || ChronoUnit.DAYS.between(today, milestone.deadline()) > configuration.getDueWithinDays()) {
                    continue;
                }
                Optional<MilestoneScore> standing = now.milestone(milestone.id());
                if (standing.isPresent() && !standing.get().status().isMet() && standing.get().status().applies()
                        && !standing.get().missingZh().isEmpty()) {
                    long days = ChronoUnit.DAYS.between(today, milestone.deadline());
                    added += dao.add(unit.code(), "due:" + milestone.id(), "due",
                            "催办：「" + milestone.title() + "」将于" + ChineseText.date(milestone.deadline()) + "到期（还有" + days + "天），尚未完成：" + String.join("、", standing.get().missingZh())
                                    + "。",
                            today.toString(), at, email);
                }
            }
        }
        return added;
    }

    /** A unit's alerts, newest first: for the unit itself, the office and leaders. */
    public List<UnitAlert> forUnit(User user, String unitCode) {
        user.requireCanSeeUnit(unitCode);
        units.require(unitCode);
        return jdbi.onDemand(UnitAlertDao.class).forUnit(unitCode);
    }
}
