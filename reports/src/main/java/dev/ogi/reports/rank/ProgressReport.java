package dev.ogi.reports.rank;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.reports.score.MilestoneScore;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.reports.score.Points;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Counts where units stand on each milestone; pure. */
public final class ProgressReport {

    private ProgressReport() {
    }

    public static Progress of(Campaign campaign, List<UnitScore> scores, LocalDate asOf) {
        List<MilestoneProgress> milestones = new ArrayList<>();
        for (Milestone milestone : campaign.milestones()) {
            int onTime = 0;
            int late = 0;
            int notMet = 0;
            int pending = 0;
            for (UnitScore score : scores) {
                Optional<MilestoneScore> standing = score.milestone(milestone.id());
                if (standing.isEmpty()) {
                    continue;
                }
                switch (standing.get().status()) {
                    case met_on_time -> onTime++;
                    case met_late -> late++;
                    case not_met -> notMet++;
                    case pending -> pending++;
                    case exempt -> { } // not applicable to the unit: in no count
                }
            }
            milestones.add(new MilestoneProgress(milestone.id(), milestone.title(),
                    Optional.ofNullable(milestone.deadline()), scores.size(), onTime, late, notMet, pending));
        }
        double max = Points.round2(campaign.maxPoints());
        double average = scores.isEmpty() ? 0 : scores.stream().mapToDouble(UnitScore::total).average().orElse(0);
        double readiness = max <= 0 ? 0 : Math.round(average / max * 10000) / 10000.0;
        return new Progress(asOf, scores.size(), Points.round2(average), max, readiness, milestones);
    }
}
