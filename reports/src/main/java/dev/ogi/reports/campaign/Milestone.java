package dev.ogi.reports.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * One requirement of a campaign with its deadline (M1-M7 of the 2007 meeting).
 *
 * @param id          M1, M2, ...
 * @param title       short name, e.g. 组织保障
 * @param requirement the seed's wording of what must be done
 * @param deadline    the date by which it must be met (inclusive); null where the campaign sets
 *                    no calendar date (the annual budget)
 * @param evidencing  how it is evidenced
 * @param indicators  the scored indicators; empty for a milestone that is tracked, not scored
 */
public record Milestone(
        String id,
        String title,
        String requirement,
        LocalDate deadline,
        Evidencing evidencing,
        List<Indicator> indicators) {

    public Milestone {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public double maxPoints() {
        return indicators.stream().mapToDouble(Indicator::weight).sum();
    }
}
