package dev.ogi.reports.bulletin;

import dev.ogi.reports.rank.UnitGroup;
import dev.ogi.reports.text.ChineseText;
import dev.ogi.reports.bulletin.BulletinDocument.Block;
import dev.ogi.reports.bulletin.BulletinDocument.CriticisedUnit;
import dev.ogi.reports.bulletin.BulletinDocument.Paragraph;
import dev.ogi.reports.bulletin.BulletinDocument.RankingLine;
import dev.ogi.reports.bulletin.BulletinDocument.RankingTable;
import dev.ogi.reports.bulletin.BulletinDocument.Section;
import dev.ogi.reports.bulletin.BulletinDocument.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a bulletin (通报) from the data: every sentence about a unit is derived from its
 * standing, so nothing is said of a unit that its data does not show. Pure and deterministic.
 */
public final class BulletinComposer {

    public static final String DEFAULT_TITLE = "关于全省政府信息公开指南和目录编制工作进展情况的通报";
    public static final String DEFAULT_SALUTATION = "各市（州）人民政府，省政府各部门：";

    /** How many upcoming deadlines 下一步要求 names. */
    private static final int UPCOMING_SHOWN = 3;

    public BulletinDocument compose(BulletinInput input) {
        LocalDate asOf = input.asOf();
        List<MilestoneInfo> due = input.milestones().stream().filter(m -> m.isDueBy(asOf)).toList();
        Map<String, List<UnitStanding>> byGroup = groupUnits(input.units());

        List<UnitStanding> commended = due.isEmpty() ? List.of() : input.units().stream()
                .filter(u -> !Vetoes.any(u) && due.stream().allMatch(m -> statusOf(u, m) == MilestoneStatus.met_on_time))
                .toList();
        List<CriticisedUnit> criticised = criticise(input, due, byGroup);
        List<UnitStanding> inOrder = byGroup.values().stream().flatMap(List::stream).toList();
        List<Problems.Problem> problems = Problems.group(due, inOrder, asOf);

        List<Section> sections = List.of(
                overview(input, due, byGroup, inOrder),
                commendation(input, due, commended, byGroup),
                problems(input, due, criticised, problems, inOrder),
                requirements(input, criticised, problems));

        String introduction = "为做好《中华人民共和国政府信息公开条例》施行准备工作，根据"
                + "全省政府信息公开培训会议的部署，省政府办公厅对各地、各部门政府信息公开工作进展情况进行了检查"
                + "（数据截至" + ChineseText.date(asOf) + "）。现将有关情况通报如下：";

        return new BulletinDocument(input.number(), DEFAULT_TITLE, input.issuer(), asOf, input.issuedOn(),
                DEFAULT_SALUTATION, introduction, sections,
                "附件：各单位得分排名（截至" + ChineseText.date(asOf) + "）",
                "未完成事项栏所列为已到期而尚未完成的工作任务：" + input.milestones().stream()
                        .filter(m -> m.isDueBy(asOf)).map(m -> m.id() + " " + m.title())
                        .collect(Collectors.joining("，")) + (due.isEmpty() ? "无" : "") + "；“—”表示已全部完成。",
                rankings(byGroup, due),
                commended.stream().map(UnitStanding::code).toList(),
                criticised);
    }

    /**
     * The line at the top of a unit's own copy of the bulletin: its score and its rank in its group.
     */
    public static String unitSummaryLine(BulletinInput input, String unitCode) {
        UnitStanding unit = input.units().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unit " + unitCode + " is not in bulletin " + input.number()));
        long inGroup = input.units().stream().filter(u -> u.group().equals(unit.group())).count();
        String rank = unit.rank()
                .map(r -> "在" + UnitGroup.proseName(unit.group()) + "中排名第" + r + "位（共" + inGroup + "个单位）")
                .orElse("暂未参加排名");
        String change = unit.rankChange().map(c -> c > 0 ? "，较上期上升" + c + "位"
                : c < 0 ? "，较上期下降" + (-c) + "位" : "，与上期持平").orElse("");
        return unit.name() + "：截至" + ChineseText.date(input.asOf()) + "，贵单位得分" + ChineseText.score(unit.score())
                + "分（满分" + ChineseText.score(unit.maxScore()) + "分），" + rank + change + "。";
    }

    // 一、总体进展

    private Section overview(BulletinInput input, List<MilestoneInfo> due, Map<String, List<UnitStanding>> byGroup,
                             List<UnitStanding> inOrder) {
        LocalDate asOf = input.asOf();
        List<Block> blocks = new ArrayList<>();
        String groupCounts = byGroup.entrySet().stream()
                .map(e -> UnitGroup.proseName(e.getKey()) + e.getValue().size() + "个")
                .collect(Collectors.joining("、"));
        StringBuilder opening = new StringBuilder("截至" + ChineseText.date(asOf) + "，纳入检查的单位共"
                + input.units().size() + "个" + (groupCounts.isEmpty() ? "" : "（" + groupCounts + "）") + "。");
        if (!input.units().isEmpty()) {
            double max = input.units().get(0).maxScore();
            opening.append("全部单位平均得分").append(ChineseText.score(average(input.units())))
                    .append("分（满分").append(ChineseText.score(max)).append("分）");
            if (byGroup.size() > 1) {
                opening.append("，其中").append(byGroup.entrySet().stream()
                        .map(e -> UnitGroup.proseName(e.getKey()) + "平均" + ChineseText.score(average(e.getValue())) + "分")
                        .collect(Collectors.joining("、")));
            }
            opening.append("。");
        }
        if (due.isEmpty()) {
            opening.append("目前各项工作任务均未到截止时间。");
        } else {
            opening.append("已到截止时间的").append(due.size()).append("项工作任务完成情况如下（各类单位情况见下表）：");
        }
        blocks.add(new Paragraph("", opening.toString()));

        int n = 0;
        List<List<String>> rows = new ArrayList<>();
        for (MilestoneInfo milestone : due) {
            n++;
            Counts all = count(input.units(), milestone);
            StringBuilder text = new StringBuilder("应完成单位" + all.total() + "个，按时完成" + all.onTime()
                    + "个，逾期完成" + all.late() + "个，尚未完成" + all.notMet() + "个，按时完成率"
                    + ChineseText.percentOf(all.onTime(), all.total()) + "。");
            blocks.add(new Paragraph(ChineseText.item(n) + milestone.title() + "（截止"
                    + ChineseText.date(milestone.deadline().orElseThrow()) + "）。", text.toString()));
            for (Map.Entry<String, List<UnitStanding>> e : byGroup.entrySet()) {
                Counts c = count(e.getValue(), milestone);
                rows.add(List.of(milestone.title(), UnitGroup.proseName(e.getKey()), Integer.toString(c.total()),
                        Integer.toString(c.onTime()), Integer.toString(c.late()), Integer.toString(c.notMet()),
                        ChineseText.percentOf(c.onTime() + c.late(), c.total()), ChineseText.percentOf(c.onTime(), c.total())));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table("已到期工作任务完成情况",
                    List.of("工作任务", "单位类别", "应完成", "按时完成", "逾期完成", "尚未完成", "合格率", "按时完成率"), rows));
        }
        Changes.since(input, inOrder).ifPresent(m -> blocks.add(new Paragraph("", Changes.text(m))));
        List<String> exempted = inOrder.stream().filter(u -> !u.notApplicable().isEmpty())
                .map(u -> ChineseText.listName(u.name()) + "：" + String.join("；", u.notApplicable())).toList();
        if (!exempted.isEmpty()) {
            blocks.add(new Paragraph("", "经省政府办公厅认定，以下单位的部分考核事项不适用，不计入其满分，排名按得分占其满分的比例计算："
                    + String.join("；", exempted) + "。"));
        }

        List<MilestoneInfo> ahead = input.milestones().stream()
                .filter(m -> m.deadline().isPresent() && !m.isDueBy(asOf))
                .toList();
        List<String> early = new ArrayList<>();
        for (MilestoneInfo milestone : ahead) {
            long done = input.units().stream().filter(u -> statusOf(u, milestone).isMet()).count();
            if (done > 0) {
                early.add(milestone.title() + done + "个");
            }
        }
        if (!early.isEmpty()) {
            blocks.add(new Paragraph("", "尚未到截止时间的工作任务中，已提前完成的单位：" + String.join("，", early) + "。"));
        }
        return new Section("一、总体进展", blocks);
    }

    // 二、做得好的单位

    private Section commendation(BulletinInput input, List<MilestoneInfo> due, List<UnitStanding> commended,
                                 Map<String, List<UnitStanding>> byGroup) {
        String date = ChineseText.date(input.asOf());
        List<Block> blocks = new ArrayList<>();
        if (due.isEmpty()) {
            blocks.add(new Paragraph("", "截至" + date + "，尚无到期的工作任务，本期不作评价。"));
            return new Section("二、做得好的单位", blocks);
        }
        if (commended.isEmpty()) {
            blocks.add(new Paragraph("", "截至" + date + "，尚无按时完成全部已到期工作任务的单位。"));
            return new Section("二、做得好的单位", blocks);
        }
        String tasks = due.stream().map(MilestoneInfo::title).collect(Collectors.joining("、"));
        blocks.add(new Paragraph("", "截至" + date + "，以下" + commended.size() + "个单位按时完成了全部已到期工作任务（"
                + tasks + "），予以通报表扬："));
        for (Map.Entry<String, List<UnitStanding>> e : byGroup.entrySet()) {
            List<String> names = e.getValue().stream().filter(commended::contains).map(UnitStanding::name).toList();
            if (!names.isEmpty()) {
                blocks.add(new Paragraph(UnitGroup.proseName(e.getKey()) + "（" + names.size() + "个）：",
                        String.join("、", names) + "。"));
            }
        }
        blocks.add(new Paragraph("", "希望受到表扬的单位再接再厉，按时高质量完成后续各项工作任务。"));
        return new Section("二、做得好的单位", blocks);
    }

    // 三、存在的问题

    private List<CriticisedUnit> criticise(BulletinInput input, List<MilestoneInfo> due,
                                           Map<String, List<UnitStanding>> byGroup) {
        List<CriticisedUnit> criticised = new ArrayList<>();
        for (List<UnitStanding> units : byGroup.values()) {
            for (UnitStanding unit : units) {
                List<String> items = new ArrayList<>();
                List<String> actions = new ArrayList<>();
                for (MilestoneInfo milestone : due) {
                    if (statusOf(unit, milestone).isMet()) {
                        continue;
                    }
                    LocalDate deadline = milestone.deadline().orElseThrow();
                    long overdue = ChronoUnit.DAYS.between(deadline, input.asOf());
                    String when = "（截止" + ChineseText.date(deadline) + "，已逾期" + overdue + "天）";
                    List<Gap> gaps = unit.milestone(milestone.id()).map(MilestoneStanding::gaps).orElse(List.of());
                    if (gaps.isEmpty()) {
                        items.add(milestone.title() + "工作未完成" + when);
                        actions.add(Problems.actionOf(milestone));
                    } else {
                        for (Gap gap : gaps) {
                            items.add(gap.missing() + when);
                            actions.add(gap.action());
                        }
                    }
                }
                if (!items.isEmpty()) {
                    criticised.add(new CriticisedUnit(unit.code(), unit.name(), unit.group(), items, actions));
                }
            }
        }
        return criticised;
    }

    private Section problems(BulletinInput input, List<MilestoneInfo> due, List<CriticisedUnit> criticised,
                             List<Problems.Problem> problems, List<UnitStanding> inOrder) {
        String date = ChineseText.date(input.asOf());
        List<Block> blocks = new ArrayList<>();
        if (due.isEmpty()) {
            blocks.add(new Paragraph("", "截至" + date + "，尚无到期的工作任务。"));
            blocks.addAll(Vetoes.blocks(inOrder, 1));
            return new Section("三、存在的问题", blocks);
        }
        List<UnitStanding> lateUnits = input.units().stream()
                .filter(u -> due.stream().anyMatch(m -> statusOf(u, m) == MilestoneStatus.met_late))
                .toList();
        if (criticised.isEmpty()) {
            blocks.add(new Paragraph("", "截至" + date + "，各单位已到期的工作任务均已完成。"));
        } else {
            Map<String, Long> perGroup = criticised.stream()
                    .collect(Collectors.groupingBy(CriticisedUnit::group, LinkedHashMap::new, Collectors.counting()));
            String split = perGroup.entrySet().stream()
                    .map(e -> UnitGroup.proseName(e.getKey()) + e.getValue() + "个").collect(Collectors.joining("、"));
            blocks.add(new Paragraph("", "截至" + date + "，仍有" + criticised.size() + "个单位（" + split
                    + "）的已到期工作任务逾期未完成，工作进度滞后。"));
        }

        int n = 0;
        if (!criticised.isEmpty()) {
            n++;
            blocks.add(new Paragraph(ChineseText.item(n) + "通报批评。",
                    "对以下已逾期仍未完成工作任务的单位予以通报批评（按问题列出，各单位未完成事项详见附件）："));
            int k = 0;
            for (Problems.Problem problem : problems) {
                k++;
                blocks.add(new Paragraph(k + ". " + problem.missing() + "（截止" + ChineseText.date(problem.deadline())
                        + "，已逾期" + problem.daysOverdue() + "天）的单位（" + problem.unitNames().size() + "个）：",
                        String.join("、", problem.unitNames()) + "。"));
            }
        }
        if (!lateUnits.isEmpty()) {
            n++;
            // late is not criticised: counts per task; a single late unit is named
            List<String> lines = new ArrayList<>();
            for (MilestoneInfo milestone : due) {
                List<String> names = new ArrayList<>();
                for (UnitStanding unit : lateUnits) {
                    unit.milestone(milestone.id()).filter(st -> st.status() == MilestoneStatus.met_late)
                            .ifPresent(st -> names.add(ChineseText.listName(unit.name()) + st.metOn().map(on -> "（逾期"
                                    + ChronoUnit.DAYS.between(milestone.deadline().orElseThrow(), on) + "天）").orElse("")));
                }
                if (names.size() == 1) {
                    lines.add(milestone.title() + "1个：" + names.get(0));
                } else if (!names.isEmpty()) {
                    lines.add(milestone.title() + names.size() + "个");
                }
            }
            blocks.add(new Paragraph(ChineseText.item(n) + "逾期完成。", "以下" + lateUnits.size()
                    + "个单位已完成但超过规定时限，按工作任务列出：" + String.join("；", lines) + "。"));
        }
        blocks.addAll(Vetoes.blocks(inOrder, n + 1));
        return new Section("三、存在的问题", blocks);
    }

    // 四、下一步要求

    private Section requirements(BulletinInput input, List<CriticisedUnit> criticised, List<Problems.Problem> problems) {
        LocalDate asOf = input.asOf();
        List<Block> blocks = new ArrayList<>();
        List<MilestoneInfo> upcoming = input.milestones().stream()
                .filter(m -> m.deadline().isPresent() && !m.isDueBy(asOf))
                .sorted(Comparator.comparing(m -> m.deadline().orElseThrow()))
                .limit(UPCOMING_SHOWN)
                .toList();
        int n = 0;
        if (upcoming.isEmpty()) {
            n++;
            blocks.add(new Paragraph(ChineseText.item(n) + "巩固工作成果。",
                    "本次工作任务均已到截止时间。各地、各部门要巩固工作成果，确保政府信息公开工作常态化。"));
        } else {
            n++;
            List<String> lines = new ArrayList<>();
            for (MilestoneInfo milestone : upcoming) {
                LocalDate deadline = milestone.deadline().orElseThrow();
                long left = ChronoUnit.DAYS.between(asOf, deadline);
                long notYet = input.units().stream().filter(u -> !statusOf(u, milestone).isMet()).count();
                lines.add(milestone.title() + "：" + stripFullStop(milestone.requirement()) + "，截止"
                        + ChineseText.date(deadline) + (left == 0 ? "（今日截止）" : "（距截止还有" + left + "天）")
                        + "，目前尚有" + notYet + "个单位未完成");
            }
            blocks.add(new Paragraph(ChineseText.item(n) + "抓紧完成下一阶段工作。",
                    "各地、各部门要对照时间节点倒排工期：" + String.join("；", lines) + "。"));
        }
        if (!criticised.isEmpty()) {
            n++;
            blocks.add(new Paragraph(ChineseText.item(n) + "限期整改。",
                    "被通报批评的单位要高度重视，对照上列问题立即整改，并将整改情况报省政府办公厅："
                            + String.join("；", distinct(problems.stream().map(p -> stripFullStop(p.action())).toList())) + "。"));
        }
        n++;
        blocks.add(new Paragraph(ChineseText.item(n) + "加强督促检查。",
                "省政府办公厅将继续跟踪检查各地、各部门工作进展情况，并定期通报。"));
        return new Section("四、下一步要求", blocks);
    }

    // appendix

    private List<RankingTable> rankings(Map<String, List<UnitStanding>> byGroup, List<MilestoneInfo> due) {
        List<RankingTable> tables = new ArrayList<>();
        for (Map.Entry<String, List<UnitStanding>> e : byGroup.entrySet()) {
            List<RankingLine> lines = e.getValue().stream()
                    .sorted(Comparator.comparing((UnitStanding u) -> u.rank().orElse(Integer.MAX_VALUE))
                            .thenComparing(Comparator.comparingDouble(UnitStanding::score).reversed())
                            .thenComparing(UnitStanding::code))
                    .map(u -> new RankingLine(u.rank().map(String::valueOf).orElse("—"), u.code(), u.name(),
                            ChineseText.score(u.score()), ChineseText.rankChange(u.rank(), u.rankChange()), missingCodes(u, due)))
                    .toList();
            tables.add(new RankingTable(e.getKey(), UnitGroup.proseName(e.getKey()), lines));
        }
        return tables;
    }

    // helpers

    /** The due milestones a unit has not met, as the campaign's short ids (M1、M5), or — when none. */
    private static String missingCodes(UnitStanding unit, List<MilestoneInfo> due) {
        String codes = due.stream().filter(m -> !statusOf(unit, m).isMet()).map(MilestoneInfo::id)
                .collect(Collectors.joining("、"));
        return codes.isEmpty() ? "—" : codes;
    }

    private static Map<String, List<UnitStanding>> groupUnits(List<UnitStanding> units) {
        Map<String, List<UnitStanding>> byGroup = new LinkedHashMap<>();
        units.stream()
                .sorted(Comparator.comparingInt((UnitStanding u) -> UnitGroup.order(u.group()))
                        .thenComparing(UnitStanding::group)
                        .thenComparing(UnitStanding::code))
                .forEach(u -> byGroup.computeIfAbsent(u.group(), g -> new ArrayList<>()).add(u));
        return byGroup;
    }

    /** A unit with no standing on a milestone has not met it. */
    private static MilestoneStatus statusOf(UnitStanding unit, MilestoneInfo milestone) {
        return unit.milestone(milestone.id()).map(MilestoneStanding::status).orElse(MilestoneStatus.not_met);
    }

    private record Counts(int total, int onTime, int late, int notMet) {
    }

    private static Counts count(List<UnitStanding> units, MilestoneInfo milestone) {
        int onTime = 0;
        int late = 0;
        int notMet = 0;
        int exempt = 0;
        for (UnitStanding unit : units) {
            switch (statusOf(unit, milestone)) {
                case met_on_time -> onTime++;
                case met_late -> late++;
                case not_met, pending -> notMet++;
                case exempt -> exempt++; // not applicable: outside the count, like a unit without the duty
            }
        }
        return new Counts(units.size() - exempt, onTime, late, notMet);
    }

    private static double average(List<UnitStanding> units) {
        return units.stream().mapToDouble(UnitStanding::score).average().orElse(0);
    }

    private static String stripFullStop(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return t.endsWith("。") ? t.substring(0, t.length() - 1) : t;
    }

    private static List<String> distinct(List<String> items) {
        return items.stream().distinct().toList();
    }
}
