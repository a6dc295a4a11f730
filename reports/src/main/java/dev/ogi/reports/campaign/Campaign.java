package dev.ogi.reports.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A readiness campaign as its data file defines it: the milestones and their deadlines, the
 * scoring weights and the declarations units file. Adding a campaign means adding a file.
 *
 * @param id               stable id, e.g. ogi-2007
 * @param title            its name, in Chinese
 * @param source           where its requirements come from
 * @param start            first day it runs
 * @param end              last day it runs (bulletins stop after it)
 * @param weightsVersion   the version of the weights, recorded with every score
 * @param lateShare        share of an indicator's points a late item earns (0..1)
 * @param milestones       the milestones in order
 * @param declarationTypes what units declare
 * @param contentHash      SHA-256 of the file it was read from, set by the loader
 */
public record Campaign(
        String id,
        String title,
        String source,
        LocalDate start,
        LocalDate end,
        String weightsVersion,
        double lateShare,
        List<Milestone> milestones,
        List<DeclarationType> declarationTypes,
        String contentHash) {

    public Campaign {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        declarationTypes = declarationTypes == null ? List.of() : List.copyOf(declarationTypes);
    }

    public Optional<Milestone> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst();
    }

    public Optional<DeclarationType> declarationType(String typeId) {
        return declarationTypes.stream().filter(t -> t.id().equals(typeId)).findFirst();
    }

    public double maxPoints() {
        return milestones.stream().mapToDouble(Milestone::maxPoints).sum();
    }

    /** The first milestone whose deadline is on or after the given day, if any. */
    public Optional<Milestone> nextDeadline(LocalDate asOf) {
        return milestones.stream()
                .filter(m -> m.deadline() != null && !m.deadline().isBefore(asOf))
                .min(Comparator.comparing(Milestone::deadline));
    }

    public Campaign withContentHash(String hash) {
        return new Campaign(id, title, source, start, end, weightsVersion, lateShare, milestones,
                declarationTypes, hash);
    }
}
