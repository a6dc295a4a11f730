package dev.ogi.reports.bulletin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the previous bulletin stated, to say what moved since: its number, its date, and which
 * milestones each unit had met then. Ranks then are carried by {@link UnitStanding#previousRank}.
 *
 * @param number    the previous issue number (第N期)
 * @param asOf      the day its data was judged as of
 * @param metByUnit unit code to the ids of the milestones it had met (on time or late)
 */
public record PreviousBulletin(int number, LocalDate asOf, Map<String, Set<String>> metByUnit) {

    public PreviousBulletin {
        Map<String, Set<String>> copy = new HashMap<>();
        metByUnit.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        metByUnit = Map.copyOf(copy);
    }

    /** The previous bulletin as archived: its input holds every unit's standing then. */
    public static PreviousBulletin of(BulletinInput previous) {
        Map<String, Set<String>> met = new HashMap<>();
        for (UnitStanding unit : previous.units()) {
            met.put(unit.code(), unit.milestones().stream().filter(m -> m.status().isMet())
                    .map(MilestoneStanding::milestoneId).collect(Collectors.toSet()));
        }
        return new PreviousBulletin(previous.number(), previous.asOf(), met);
    }

    /** Whether the unit had met the milestone then; a unit absent then had met nothing. */
    public boolean hadMet(String unitCode, String milestoneId) {
        return metByUnit.getOrDefault(unitCode, Set.of()).contains(milestoneId);
    }

    public boolean covered(String unitCode) {
        return metByUnit.containsKey(unitCode);
    }

}
