package dev.ogi.reports.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A unit's website facts over time, so a day in the past is judged on that day's facts: the
 * latest website check at or before the day, and the availability monitor's 7 days ending at its
 * latest recorded day at or before it.
 */
@FunctionalInterface
public interface WebsiteHistory {

    /** The facts as of a day. */
    WebsiteFacts asOf(LocalDate day);

    /** Nothing measured on any day. */
    static WebsiteHistory none() {
        return always(WebsiteFacts.none());
    }

    /** The same facts on every day (for a unit judged on facts given as they are). */
    static WebsiteHistory always(WebsiteFacts facts) {
        return day -> facts;
    }

    /** The website facts a check read on its day (their availability is ignored: it comes from the probe days). */
    record Check(LocalDate day, WebsiteFacts facts) {
    }

    /** One day of the availability monitor: probes made and failed. */
    record ProbeDay(LocalDate day, int probes, int failures) {
    }

    /**
     * @param checks    the unit's website checks, any order (on the same day the later in the list wins)
     * @param probeDays the unit's availability days, any order, one per day
     */
    static WebsiteHistory of(List<Check> checks, List<ProbeDay> probeDays) {
        return new Recorded(checks, probeDays);
    }

    /** Binary searches over the days, with running sums of the probes: cheap for a score per round. */
    final class Recorded implements WebsiteHistory {
        private static final int WINDOW_DAYS = 7;
        private final List<Check> checks;
        private final long[] checkDays;
        private final long[] probeDays;
        private final long[] probesUpTo;
        private final long[] failuresUpTo;

        private Recorded(List<Check> checks, List<ProbeDay> days) {
            List<Check> sortedChecks = new ArrayList<>(checks);
            sortedChecks.sort(Comparator.comparing(Check::day));
            this.checks = List.copyOf(sortedChecks);
            this.checkDays = this.checks.stream().mapToLong(c -> c.day().toEpochDay()).toArray();
            List<ProbeDay> sortedDays = new ArrayList<>(days);
            sortedDays.sort(Comparator.comparing(ProbeDay::day));
            probeDays = new long[sortedDays.size()];
            probesUpTo = new long[sortedDays.size() + 1];
            failuresUpTo = new long[sortedDays.size() + 1];
            for (int i = 0; i < sortedDays.size(); i++) {
                ProbeDay d = sortedDays.get(i);
                probeDays[i] = d.day().toEpochDay();
                probesUpTo[i + 1] = probesUpTo[i] + d.probes();
                failuresUpTo[i + 1] = failuresUpTo[i] + d.failures();
            }
        }

        @Override
        public WebsiteFacts asOf(LocalDate day) {
            long epochDay = day.toEpochDay();
            int check = upTo(checkDays, epochDay);
            WebsiteFacts facts = check == 0 ? WebsiteFacts.none() : checks.get(check - 1).facts();
            return facts.withAvailability(availability(epochDay));
        }

        /** The share answered over the 7 days ending at the latest probe day at or before the day. */
        private Optional<Double> availability(long epochDay) {
            int end = upTo(probeDays, epochDay);
            if (end == 0) {
                return Optional.empty();
            }
            int start = upTo(probeDays, probeDays[end - 1] - WINDOW_DAYS);
            long probes = probesUpTo[end] - probesUpTo[start];
            long failures = failuresUpTo[end] - failuresUpTo[start];
            return probes == 0 ? Optional.empty() : Optional.of((probes - failures) / (double) probes);
        }

        /** How many of the sorted days are at or before the day. */
        private static int upTo(long[] days, long day) {
            int low = 0;
            int high = days.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (days[mid] <= day) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
