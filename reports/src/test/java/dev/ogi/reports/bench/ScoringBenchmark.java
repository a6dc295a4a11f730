package dev.ogi.reports.bench;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.reports.rank.Ranking;
import dev.ogi.reports.rank.Rankings;
import dev.ogi.reports.rank.Trends;
import dev.ogi.reports.score.ScoringEngine;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times recomputing every score and every group's ranking for 2,000 units with 100 crawl rounds
 * each (the target: under 1 s), and the per-round series behind the trend charts.
 * A benchmark, not a test: run it on a quiet machine and read the medians.
 *
 * <pre>java -cp server/target/ogi-server.jar dev.ogi.reports.bench.ScoringBenchmark [units] [rounds] [runs]</pre>
 */
public final class ScoringBenchmark {

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Campaign campaign = new CampaignLoader().loadAll(null).get("ogi-2007");
        List<UnitFacts> facts = SyntheticCampaignData.generate(units, rounds, 2007);
        List<LocalDate> days = SyntheticCampaignData.roundDays(rounds);
        LocalDate asOf = days.get(days.size() - 1);
        ScoringEngine engine = new ScoringEngine();

        System.out.printf("scoring benchmark: %d units x %d crawl rounds (%d checks), %d runs after warm-up%n",
                units, rounds, (long) units * rounds, runs);
        long[] full = new long[runs];
        long[] series = new long[runs];
        int sink = 0;
        for (int run = -3; run < runs; run++) {       // three warm-up runs for the JIT
            long start = System.nanoTime();
            List<UnitScore> scores = engine.scoreAll(campaign, facts, asOf);
            List<Ranking> rankings = new ArrayList<>();
            for (String group : SyntheticCampaignData.GROUPS) {
                rankings.add(Rankings.rank(scores, group, asOf, Map.of()));
            }
            long scored = System.nanoTime();
            sink += rankings.get(0).rows().size();
            sink += Trends.perUnit(engine, campaign, facts, days).size();
            long trended = System.nanoTime();
            if (run >= 0) {
                full[run] = scored - start;
                series[run] = trended - scored;
            }
        }
        System.out.printf("all scores + rankings per group (as of %s): median %.1f ms, min %.1f ms, max %.1f ms%n",
                asOf, median(full), min(full), max(full));
        System.out.printf("score series, every unit at every round day (%d x %d totals): median %.1f ms%n",
                units, days.size(), median(series));
        System.out.println("(checksum " + sink + ")");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
