package dev.ogi.reports.bulletin;

import dev.ogi.reports.text.ChineseText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a leader reads first: each problem once with the units that have it, the appendix's short
 * codes of what is missing, and how ranks moved since the previous bulletin. Pure, like the composer.
 */
final class BulletinProblems {

    /** How many of the largest rank moves each way the change since the last bulletin names. */
    private static final int MOVES_NAMED = 5;

    private BulletinProblems() {
    }

    /** One problem and the units that have it, as 存在的问题 lists it. */
    record Problem(String text, long overdueDays, List<String> units) {
    }

    /**
     * Each missing item once, with every unit that lacks it (in the groups' order), the problems
     * affecting the most units first and, among equals, the longest overdue.
     */
    static List<Problem> of(BulletinInput input, List<MilestoneInfo> due,
            Map<String, List<UnitStanding>> byGroup) {
        Map<String, List<String>> unitsByProblem = new LinkedHashMap<>();
        Map<String, Long> overdueByProblem = new LinkedHashMap<>();
        for (MilestoneInfo milestone : due) {
            LocalDate deadline = milestone.deadline().orElseThrow();
            long overdue = ChronoUnit.DAYS.between(deadline, input.asOf());
            String when = "（截止" + ChineseText.date(deadline) + "，已逾期" + overdue + "天）";
            for (List<UnitStanding> units : byGroup.values()) {
                for (UnitStanding unit : units) {
                    if (BulletinComposer.statusOf(unit, milestone).isMet()) {
                        continue;
                    }
                    List<Gap> gaps = unit.milestone(milestone.id()).map(MilestoneStanding::gaps).orElse(List.of());
                    List<String> missing = gaps.isEmpty()
                            ? List.of(milestone.title() + "工作未完成")
                            : gaps.stream().map(Gap::missing).toList();
                    for (String item : BulletinComposer.distinct(missing)) {
                        String key = BulletinComposer.stripFullStop(item) + when;
                        unitsByProblem.computeIfAbsent(key, k -> new ArrayList<>()).add(unit.name());
                        overdueByProblem.put(key, overdue);
                    }
                }
            }
        }
        return unitsByProblem.entrySet().stream()
                .map(e -> new Problem(e.getKey(), overdueByProblem.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt((Problem p) -> p.units().size()).reversed()
                        .thenComparing(Comparator.comparingLong(Problem::overdueDays).reversed()))
                .toList();
    }

    /** The short codes of the milestones a unit has not met though due (for the appendix), or a tick. */
    static String missingCodes(UnitStanding unit, List<MilestoneInfo> due) {
        List<String> codes = due.stream().filter(m -> !BulletinComposer.statusOf(unit, m).isMet()).map(MilestoneInfo::id).toList();
        return codes.isEmpty() ? "√" : String.join(" ", codes);
    }

    /** How many places units climbed and fell since the previous bulletin, the largest moves named. */
    static Optional<String> changeSinceLast(BulletinInput input) {
        List<UnitStanding> moved = input.units().stream().filter(u -> u.rankChange().isPresent()).toList();
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        List<UnitStanding> up = moved.stream().filter(u -> u.rankChange().get() > 0)
                .sorted(Comparator.comparingInt((UnitStanding u) -> -u.rankChange().get()).thenComparing(UnitStanding::code))
                .toList();
        List<UnitStanding> down = moved.stream().filter(u -> u.rankChange().get() < 0)
                .sorted(Comparator.comparingInt((UnitStanding u) -> u.rankChange().get()).thenComparing(UnitStanding::code))
                .toList();
        StringBuilder text = new StringBuilder("与上期通报相比，组内排名上升的单位" + up.size() + "个");
        if (!up.isEmpty()) {
            text.append("（").append(up.stream().limit(MOVES_NAMED)
                    .map(u -> u.name() + "上升" + u.rankChange().get() + "位").collect(Collectors.joining("、")))
                    .append(up.size() > MOVES_NAMED ? "等" : "").append("）");
        }
        text.append("，下降的单位").append(down.size()).append("个");
        if (!down.isEmpty()) {
            text.append("（").append(down.stream().limit(MOVES_NAMED)
                    .map(u -> u.name() + "下降" + (-u.rankChange().get()) + "位").collect(Collectors.joining("、")))
                    .append(down.size() > MOVES_NAMED ? "等" : "").append("）");
        }
        return Optional.of(text.append("，其余").append(moved.size() - up.size() - down.size()).append("个单位排名不变。")
                .toString());
    }
}
