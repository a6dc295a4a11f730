package dev.ogi.reports.bulletin;

import dev.ogi.reports.text.ChineseText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What moved since the previous bulletin: milestones newly met or newly overdue, ranks gained and lost. Pure. */
final class Changes {

    /** How many climbers and fallers are named. */
    static final int MOVERS_SHOWN = 5;

    /**
     * @param newlyMet     milestone title to the units that met it since the previous bulletin
     * @param newlyOverdue milestone title to the units for which it became overdue since then
     * @param climbers     units that rose in their group, most places first, e.g. 成都市（上升3位）
     * @param fallers      units that fell, most places first
     */
    record Movement(int previousNumber, Map<String, List<String>> newlyMet, Map<String, List<String>> newlyOverdue,
                    List<String> climbers, List<String> fallers) {
    }

    private Changes() {
    }

    static Optional<Movement> since(BulletinInput input, List<UnitStanding> unitsInOrder) {
        if (input.previous().isEmpty()) {
            return Optional.empty();
        }
        PreviousBulletin previous = input.previous().get();
        Map<String, List<String>> newlyMet = new LinkedHashMap<>();
        Map<String, List<String>> newlyOverdue = new LinkedHashMap<>();
        for (MilestoneInfo milestone : input.milestones()) {
            List<String> met = new ArrayList<>();
            List<String> overdue = new ArrayList<>();
            for (UnitStanding unit : unitsInOrder) {
                boolean metNow = unit.milestone(milestone.id()).map(s -> s.status().isMet()).orElse(false);
                boolean metThen = previous.hadMet(unit.code(), milestone.id());
                if (metNow && !metThen && previous.covered(unit.code())) {
                    met.add(unit.name());
                }
                boolean overdueNow = !metNow && milestone.isDueBy(input.asOf());
                boolean overdueThen = !metThen && milestone.isDueBy(previous.asOf()) && previous.covered(unit.code());
                if (overdueNow && !overdueThen) {
                    overdue.add(unit.name());
                }
            }
            if (!met.isEmpty()) {
                newlyMet.put(milestone.title(), met);
            }
            if (!overdue.isEmpty()) {
                newlyOverdue.put(milestone.title(), overdue);
            }
        }
        return Optional.of(new Movement(previous.number(), newlyMet, newlyOverdue,
                movers(unitsInOrder, true), movers(unitsInOrder, false)));
    }

    private static List<String> movers(List<UnitStanding> units, boolean up) {
        return units.stream()
                .filter(u -> u.rankChange().map(c -> up ? c > 0 : c < 0).orElse(false))
                .sorted(Comparator.comparingInt((UnitStanding u) -> -Math.abs(u.rankChange().orElseThrow())))
                .limit(MOVERS_SHOWN)
                .map(u -> u.name() + "（" + ChineseText.rankChange(u.rank(), u.rankChange()) + "）")
                .toList();
    }

    /** One paragraph saying what moved; names are counted, and listed only where few. */
    static String text(Movement m) {
        List<String> parts = new ArrayList<>();
        parts.add(m.newlyMet().isEmpty() ? "没有单位新完成工作任务"
                : "新完成工作任务的：" + listed(m.newlyMet()));
        if (!m.newlyOverdue().isEmpty()) {
            parts.add("新逾期未完成的：" + listed(m.newlyOverdue()));
        }
        if (!m.climbers().isEmpty()) {
            parts.add("排名上升较多的有" + String.join("、", m.climbers()));
        }
        if (!m.fallers().isEmpty()) {
            parts.add("排名下降较多的有" + String.join("、", m.fallers()));
        }
        return "与第" + m.previousNumber() + "期通报相比，" + String.join("；", parts) + "。";
    }

    private static String listed(Map<String, List<String>> byMilestone) {
        List<String> items = new ArrayList<>();
        byMilestone.forEach((title, names) -> items.add(title + names.size() + "个"
                + (names.size() <= MOVERS_SHOWN ? "（" + String.join("、", names) + "）" : "")));
        return String.join("，", items);
    }
}
