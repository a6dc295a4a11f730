package dev.ogi.reports.bulletin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Benchmark (not a test): composes and renders the bulletin PDF for 120 units several times and
 * prints the median (target: under 3 s). Run after {@code mvn -B -o -q -pl reports
 * compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp reports/target/classes:$(cat reports/target/cp.txt) dev.ogi.reports.bulletin.BulletinPdfBenchmark [runs] [fontPath]}.
 */
public final class BulletinPdfBenchmark {

    private BulletinPdfBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its per-render INFO lines drown the figures
        Path font = CjkFont.locate(args.length > 1 ? Optional.of(Path.of(args[1])) : Optional.empty());
        BulletinInput input = syntheticInput(120, new Random(20071105));
        BulletinPdf pdf = new BulletinPdf(font);
        BulletinComposer composer = new BulletinComposer();
        BulletinHtml html = new BulletinHtml();

        // warm-up: class loading, JIT, font parsing
        byte[] last = pdf.render(html.render(composer.compose(input)));
        long[] composeNanos = new long[runs];
        long[] totalNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            String page = html.render(composer.compose(input));
            long composed = System.nanoTime();
            last = pdf.render(page);
            long done = System.nanoTime();
            composeNanos[i] = composed - start;
            totalNanos[i] = done - start;
        }
        System.out.printf("bulletin for %d units, font %s, %d runs after 1 warm-up%n", input.units().size(), font, runs);
        System.out.printf("  compose + HTML: median %.1f ms%n", median(composeNanos) / 1e6);
        System.out.printf("  compose + HTML + PDF: median %.0f ms (min %.0f, max %.0f); PDF %d KB; target < 3000 ms%n",
                median(totalNanos) / 1e6, Arrays.stream(totalNanos).min().orElse(0) / 1e6,
                Arrays.stream(totalNanos).max().orElse(0) / 1e6, last.length / 1024);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** 21 cities, 50 departments and the rest counties, with a spread of on-time, late and missing milestones. */
    static BulletinInput syntheticInput(int unitCount, Random random) {
        LocalDate asOf = LocalDate.of(2007, 11, 5);
        List<MilestoneInfo> milestones = List.of(
                new MilestoneInfo("M1", "组织保障", "9月底前落实政府信息公开工作机构，明确分管领导及具体工作人员，并上报省政府办公厅",
                        Optional.of(LocalDate.of(2007, 9, 30))),
                new MilestoneInfo("M2", "制度保障", "制定施行准备工作具体方案，建立主动公开、依申请公开、保密审查等制度",
                        Optional.of(LocalDate.of(2007, 9, 30))),
                new MilestoneInfo("M4", "信息梳理与填报", "全面梳理政府信息，10月10日前在网上填报系统填报完毕",
                        Optional.of(LocalDate.of(2007, 10, 10))),
                new MilestoneInfo("M5", "指南和目录上网公示", "10月31日前将编制的公开指南和公开目录在政府网站上网公示",
                        Optional.of(LocalDate.of(2007, 10, 31))),
                new MilestoneInfo("M3", "经费保障", "把政府信息公开工作经费纳入年度财政预算", Optional.of(LocalDate.of(2007, 12, 31))),
                new MilestoneInfo("M7", "全面完成并正式公布", "2008年2月底前全面完成，在政府网站和政府信息查阅场所公布",
                        Optional.of(LocalDate.of(2008, 2, 29))));
        List<UnitStanding> units = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            String group = i < 21 ? "市州" : i < 71 ? "省直部门" : "县(市、区)";
            String name = group.equals("市州") ? "第" + (i + 1) + "市人民政府"
                    : group.equals("省直部门") ? "四川省第" + (i - 20) + "厅" : "第" + (i - 70) + "县人民政府";
            List<MilestoneStanding> standings = new ArrayList<>();
            double score = 0;
            for (MilestoneInfo m : milestones) {
                LocalDate deadline = m.deadline().orElseThrow();
                int roll = random.nextInt(10);
                if (!m.isDueBy(asOf)) {
                    standings.add(new MilestoneStanding(m.id(), roll < 3 ? MilestoneStatus.met_on_time : MilestoneStatus.pending,
                            roll < 3 ? Optional.of(asOf.minusDays(1)) : Optional.empty(), List.of()));
                } else if (roll < 6) {
                    standings.add(new MilestoneStanding(m.id(), MilestoneStatus.met_on_time, Optional.of(deadline.minusDays(2)), List.of()));
                    score += 15;
                } else if (roll < 8) {
                    standings.add(new MilestoneStanding(m.id(), MilestoneStatus.met_late, Optional.of(deadline.plusDays(3)), List.of()));
                    score += 7.5;
                } else {
                    standings.add(new MilestoneStanding(m.id(), MilestoneStatus.not_met, Optional.empty(),
                            m.id().equals("M5") ? List.of(new Gap("公开指南未上网公示", "将公开指南在政府网站上网公示"),
                                    new Gap("公开目录未上网公示", "将公开目录在政府网站上网公示")) : List.of()));
                }
            }
            units.add(new UnitStanding(String.format("%06d", i + 1), name, group, score + random.nextInt(10), 100,
                    Optional.empty(), Optional.of(1 + random.nextInt(40)), standings));
        }
        // ranks per group by score, ties sharing a rank
        List<UnitStanding> ranked = new ArrayList<>();
        for (String group : List.of("市州", "省直部门", "县(市、区)")) {
            List<UnitStanding> members = units.stream().filter(u -> u.group().equals(group))
                    .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
            int rank = 0;
            for (int i = 0; i < members.size(); i++) {
                UnitStanding u = members.get(i);
                if (i == 0 || members.get(i - 1).score() != u.score()) {
                    rank = i + 1;
                }
                ranked.add(new UnitStanding(u.code(), u.name(), u.group(), u.score(), u.maxScore(), Optional.of(rank),
                        u.previousRank(), u.milestones()));
            }
        }
        return new BulletinInput("ogi-2007", "政府信息公开条例施行准备工作（2007年）", 12, asOf, asOf, "四川省人民政府办公厅",
                milestones, ranked);
    }
}
