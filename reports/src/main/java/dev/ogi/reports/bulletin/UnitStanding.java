package dev.ogi.reports.bulletin;

import java.util.List;
import java.util.Optional;

/**
 * A unit as a bulletin sees it: its score, its rank in its group and its milestones.
 *
 * @param code         unit code
 * @param name         unit name (untrusted text: escaped when rendered)
 * @param group        the group as stored (市州, 省直部门, 县(市、区))
 * @param score        points as of the bulletin's date
 * @param maxScore     the points possible
 * @param rank         rank in its group (ties share a rank)
 * @param previousRank rank in the previous bulletin, if it was ranked there
 * @param milestones   its standing on each milestone of the campaign
 * @param notApplicable the indicators the office ruled not applicable to it, each "title（reason）"
 * @param vetoes       its veto items (单项否决) with their evidence (empty for most campaigns)
 */
public record UnitStanding(
        String code,
        String name,
        String group,
        double score,
        double maxScore,
        Optional<Integer> rank,
        Optional<Integer> previousRank,
        List<MilestoneStanding> milestones,
        List<String> notApplicable,
        List<Veto> vetoes) {

    public UnitStanding(String code, String name, String group, double score, double maxScore, Optional<Integer> rank,
            Optional<Integer> previousRank, List<MilestoneStanding> milestones) {
        this(code, name, group, score, maxScore, rank, previousRank, milestones, List.of());
    }

    public UnitStanding(String code, String name, String group, double score, double maxScore, Optional<Integer> rank,
            Optional<Integer> previousRank, List<MilestoneStanding> milestones, List<String> notApplicable) {
        this(code, name, group, score, maxScore, rank, previousRank, milestones, notApplicable, List.of());
    }

    public UnitStanding {
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        rank = rank == null ? Optional.empty() : rank;
        previousRank = previousRank == null ? Optional.empty() : previousRank;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public Optional<MilestoneStanding> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId().equals(milestoneId)).findFirst();
    }

    /** Places gained since the previous bulletin (negative when it fell), if both ranks are known. */
    public Optional<Integer> rankChange() {
        return rank.flatMap(now -> previousRank.map(before -> before - now));
    }
}
