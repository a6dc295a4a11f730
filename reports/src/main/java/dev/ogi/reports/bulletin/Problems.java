package dev.ogi.reports.bulletin;

import dev.ogi.reports.text.ChineseText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups what overdue units are missing by problem, so a bulletin names each problem once with
 * the units that have it. Pure: the wording is the gap's (from the campaign) or the milestone's.
 */
final class Problems {

    /**
     * One problem and the units that have it.
     *
     * @param milestoneId the milestone it belongs to
     * @param missing     what is missing, e.g. 公开目录未上网公示
     * @param action      what the units must do about it
     * @param deadline    the milestone's deadline
     * @param daysOverdue days past the deadline as of the bulletin
     * @param unitNames   the units, in the bulletin's group order
     */
    record Problem(String milestoneId, String missing, String action, LocalDate deadline, long daysOverdue,
                   List<String> unitNames) {
        Problem {
            unitNames = List.copyOf(unitNames);
        }
    }

    private Problems() {
    }

    /**
     * Ordered by the number of units affected, then by how long overdue, then by the milestone's
     * place in the campaign; units keep the order they are given in.
     */
    static List<Problem> group(List<MilestoneInfo> due, List<UnitStanding> unitsInOrder, LocalDate asOf) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (MilestoneInfo milestone : due) {
            LocalDate deadline = milestone.deadline().orElseThrow();
            long overdue = ChronoUnit.DAYS.between(deadline, asOf);
            for (UnitStanding unit : unitsInOrder) {
                MilestoneStanding standing = unit.milestone(milestone.id()).orElse(null);
                if (standing != null && standing.status().isMet()) {
                    continue;
                }
                List<Gap> gaps = standing == null || standing.gaps().isEmpty()
                        ? List.of(new Gap(milestone.title() + "工作未完成", actionOf(milestone)))
                        : standing.gaps();
                for (Gap gap : gaps) {
                    byKey.computeIfAbsent(milestone.id() + "\u0000" + gap.missing(),
                            k -> new Builder(milestone.id(), gap, deadline, overdue, byKey.size()))
                            .unitNames().add(ChineseText.listName(unit.name()));
                }
            }
        }
        return byKey.values().stream()
                .sorted(Comparator.comparingInt((Builder b) -> -b.unitNames().size())
                        .thenComparingLong(b -> -b.daysOverdue())
                        .thenComparingInt(Builder::order))
                .map(b -> new Problem(b.milestoneId(), b.gap().missing(), b.gap().action(), b.deadline(), b.daysOverdue(), b.unitNames()))
                .toList();
    }

    static String actionOf(MilestoneInfo milestone) {
        return milestone.requirement() == null || milestone.requirement().isBlank()
                ? "完成" + milestone.title() + "工作" : milestone.requirement();
    }

    /** A problem being collected: its units are added as they are found. */
    private record Builder(String milestoneId, Gap gap, LocalDate deadline, long daysOverdue, int order,
                           List<String> unitNames) {
        Builder(String milestoneId, Gap gap, LocalDate deadline, long daysOverdue, int order) {
            this(milestoneId, gap, deadline, daysOverdue, order, new ArrayList<>());
        }
    }
}
