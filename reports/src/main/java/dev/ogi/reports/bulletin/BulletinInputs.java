package dev.ogi.reports.bulletin;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Indicator;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.reports.rank.Ranking;
import dev.ogi.reports.rank.RankingRow;
import dev.ogi.reports.rank.Rankings;
import dev.ogi.reports.score.Rule;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.MilestoneScore;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns scores (from the scoring engine) into a bulletin's input: ranks each group, words what
 * each unit is missing, and keeps exactly the figures the bulletin states.
 */
public final class BulletinInputs {

    /** Quality indicators follow their item's status; the item's own gap already says it is missing. */
    private BulletinInputs() {
    }

    /**
     * With the previous bulletin's archived input, so the bulletin says what moved since: ranks
     * gained and lost, milestones newly met and newly overdue.
     *
     * @param previous the previous bulletin's input as archived (empty for the first)
     */
    public static BulletinInput from(Campaign campaign, int number, LocalDate asOf, LocalDate issuedOn, String issuer,
                                     List<UnitScore> scores, Optional<BulletinInput> previous) {
        BulletinInput input = from(campaign, number, asOf, issuedOn, issuer, scores,
                previous.map(BulletinInputs::ranksOf).orElse(Map.of()));
        return previous.map(input::withPrevious).orElse(input);
    }

    /**
     * @param previousRanks each unit code's rank in the previous bulletin (empty for the first)
     */
    public static BulletinInput from(Campaign campaign, int number, LocalDate asOf, LocalDate issuedOn, String issuer,
                                     List<UnitScore> scores, Map<String, Integer> previousRanks) {
        Map<String, RankingRow> rows = new HashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        scores.forEach(s -> groups.add(s.unit().group()));
        for (String group : groups) {
            Ranking ranking = Rankings.rank(scores, group, asOf, previousRanks);
            ranking.rows().forEach(r -> rows.put(r.unit().code(), r));
        }
        List<MilestoneInfo> milestones = campaign.milestones().stream()
                .map(m -> new MilestoneInfo(m.id(), m.title(), m.requirement(), Optional.ofNullable(m.deadline())))
                .toList();
        List<UnitStanding> units = new ArrayList<>(scores.size());
        for (UnitScore score : scores) {
            RankingRow row = rows.get(score.unit().code());
            units.add(new UnitStanding(score.unit().code(), score.unit().name(), score.unit().group(), score.total(),
                    score.max(), Optional.ofNullable(row).map(RankingRow::rank),
                    Optional.ofNullable(row).flatMap(RankingRow::previousRank),
                    campaign.milestones().stream().map(m -> standing(campaign, m, score)).toList(),
                    score.indicators().stream().filter(i -> !i.status().applies())
                            .map(i -> i.title() + "（" + i.reasonZh().replaceFirst("^[^：]*：", "") + "）").toList(),
                    Vetoes.of(score)));
        }
        return new BulletinInput(campaign.id(), campaign.title(), number, asOf, issuedOn, issuer, milestones, units);
    }

    private static MilestoneStanding standing(Campaign campaign, Milestone milestone, UnitScore score) {
        Optional<MilestoneScore> scored = score.milestone(milestone.id());
        MilestoneStatus status = scored.map(s -> MilestoneStatus.valueOf(s.status().name())).orElse(MilestoneStatus.not_met);
        List<Gap> gaps = new ArrayList<>();
        if (!status.isMet()) {
            for (Indicator indicator : milestone.indicators()) {
                Optional<IndicatorScore> is = score.indicator(indicator.id());
                boolean met = is.map(i -> i.status().isMet() || !i.status().applies()).orElse(false);
                if (!met && !Rule.named(indicator.rule()).map(Rule::quality).orElse(false)) {
                    gaps.add(gapOf(campaign, indicator));
                }
            }
        }
        return new MilestoneStanding(milestone.id(), status, scored.flatMap(MilestoneScore::metOn), gaps);
    }

    /**
     * What an unmet indicator means, worded so it is true whether or not something was filed. The
     * campaign file may word it itself ({@code params: { missing: ..., action: ... }}), so a new
     * campaign needs no Java change; otherwise the rule's own wording applies.
     */
    static Gap gapOf(Campaign campaign, Indicator indicator) {
        Object missing = indicator.params().get("missing");
        if (missing instanceof String text && !text.isBlank()) {
            Object action = indicator.params().get("action");
            return new Gap(text.strip(), action instanceof String a && !a.isBlank() ? a.strip() : "完成" + indicator.title());
        }
        return switch (indicator.rule()) {
            case "guide_published" -> new Gap("公开指南未上网公示", "将公开指南在政府网站上网公示");
            case "catalogue_published" -> new Gap("公开目录未上网公示", "将公开目录在政府网站上网公示");
            case "ogi_column" -> new Gap("政府网站首页未检测到政府信息公开专栏入口", "在政府网站首页设置政府信息公开专栏入口");
            case "site_availability" -> new Gap("政府网站可用性未达标", "保障政府网站稳定可访问");
            case "declaration_approved" -> declared(campaign, indicator);
            default -> new Gap(indicator.title() + "未完成", "完成" + indicator.title());
        };
    }

    private static Gap declared(Campaign campaign, Indicator indicator) {
        String type = String.valueOf(indicator.params().getOrDefault("declarationType", ""));
        return switch (type) {
            case "organisation" -> new Gap("工作机构、分管领导和工作人员落实情况未上报或未通过审核",
                    "落实工作机构，明确分管领导和具体工作人员，并上报省政府办公厅");
            case "systems" -> new Gap("工作方案和主动公开、依申请公开、保密审查制度未上报或未通过审核",
                    "制定施行准备工作方案，建立主动公开、依申请公开、保密审查等制度并上报");
            case "funding" -> new Gap("工作经费纳入年度预算情况未上报或未通过审核",
                    "将政府信息公开工作经费纳入年度财政预算并上报");
            case "filing" -> new Gap("政府信息梳理填报情况未上报或未通过审核",
                    "全面梳理政府信息并在网上填报系统填报完毕");
            case "public_comment" -> new Gap("征求社会意见情况未上报或未通过审核",
                    "通过网上调查、听证会或座谈会等方式征求社会意见，修改完善指南和目录");
            case "reading_room" -> new Gap("政府信息查阅场所公布指南和目录情况未上报或未通过审核",
                    "在政府信息查阅场所公布公开指南和公开目录");
            default -> {
                String title = campaign.declarationType(type).map(t -> t.title()).orElse(indicator.title());
                yield new Gap(title + "未上报或未通过审核", "完成" + title + "并上报");
            }
        };
    }

    /** Each unit's rank as archived in a bulletin's input, to rank the next bulletin against. */
    public static Map<String, Integer> ranksOf(BulletinInput input) {
        Map<String, Integer> ranks = new HashMap<>();
        for (UnitStanding unit : input.units()) {
            unit.rank().ifPresent(r -> ranks.put(unit.code(), r));
        }
        return ranks;
    }
}
