package dev.ogi.crawlers.realmarkup;

import dev.ogi.crawlers.model.GuideElement;

import java.util.List;
import java.util.Map;

/**
 * Prints the real-markup suite's figures: guide precision/recall/F1, per-element figures,
 * element accuracy, and every fixture judged wrong with the judge's explanation.
 * Run: mvn -B -q -pl crawlers test-compile exec:exec -Dexec.args="-cp %classpath dev.ogi.crawlers.realmarkup.RealMarkupReport"
 */
public final class RealMarkupReport {

    private RealMarkupReport() {
    }

    public static void main(String[] args) {
        List<RealMarkupSuite.Outcome> outcomes = RealMarkupSuite.run();
        System.out.printf("real-markup fixtures: %d%n", outcomes.size());
        print("guide", RealMarkupSuite.guideScore(outcomes));
        for (Map.Entry<GuideElement, RealMarkupSuite.Score> e : RealMarkupSuite.elementScores(outcomes).entrySet()) {
            print("  " + e.getKey().name(), e.getValue());
        }
        System.out.printf("element accuracy %.3f, guides read fully right %.3f, rejection reasons right %.3f%n",
                RealMarkupSuite.elementAccuracy(outcomes), RealMarkupSuite.fullyRight(outcomes),
                RealMarkupSuite.reasonAccuracy(outcomes));
        for (RealMarkupSuite.Outcome o : outcomes) {
            boolean elementsRight = !o.fixture().guide() || o.elements().equals(o.fixture().elements());
            if (!o.guideRight() || !elementsRight || !o.reasonRight()) {
                System.out.printf("WRONG %s [%s]: guide %s (want %s), elements %s (want %s), reason %s (want %s) -- %s%n",
                        o.fixture().name(), o.fixture().structure(), o.guide(), o.fixture().guide(), o.elements(),
                        o.fixture().elements(), o.reason().orElse("-"), o.fixture().reason().orElse("-"),
                        o.explanation());
            }
        }
    }

    private static void print(String item, RealMarkupSuite.Score s) {
        System.out.printf("%-16s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)%n", item, s.precision(), s.recall(),
                s.f1(), s.tp(), s.fp(), s.fn(), s.tn());
    }
}
