package dev.ogi.crawlers.realmarkup;

import dev.ogi.crawlers.judge.GuideJudge;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.Ownership;
import dev.ogi.crawlers.judge.PageParser;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.model.GuideElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real-markup fixture suite: small pages in src/test/resources/realmarkup, each reproducing
 * one structure seen on real government guide pages (named in its first-line comment) with the
 * judgment a careful reader makes. Each page is judged as the crawler judges a page on the unit's
 * own host: the guide judge, then ownership.
 */
public final class RealMarkupSuite {

    private static final Pattern HEADER = Pattern.compile(
            "<!--\\s*structure:(.*?)\\|\\s*unit:(.*?)\\|\\s*guide:\\s*(yes|no)\\s*\\|\\s*elements:([^|]*?)(?:\\|\\s*reason:\\s*(\\S+))?\\s*-->",
            Pattern.DOTALL);

    /** One fixture and its expected judgment. */
    public record Fixture(String name, String structure, String unit, boolean guide, Set<GuideElement> elements,
                          Optional<String> reason, String html) {
    }

    /** What the judges said about one fixture. */
    public record Outcome(Fixture fixture, boolean guide, Set<GuideElement> elements, Optional<String> reason,
                          String explanation) {

        public boolean guideRight() {
            return guide == fixture.guide();
        }

        public boolean reasonRight() {
            return fixture.reason().isEmpty() || fixture.reason().equals(reason);
        }
    }

    /** Counts of one yes/no item across the suite. */
    public record Score(int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private RealMarkupSuite() {
    }

    public static List<Fixture> load() {
        try {
            Path dir = Path.of(RealMarkupSuite.class.getResource("/realmarkup").toURI());
            List<Fixture> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Fixture parse(String name, String html) {
        Matcher m = HEADER.matcher(html);
        if (!m.find()) {
            throw new IllegalArgumentException(name + ": first line must be the <!-- structure: | unit: | guide: | elements: --> comment");
        }
        Set<GuideElement> elements = EnumSet.noneOf(GuideElement.class);
        Arrays.stream(m.group(4).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> elements.add(GuideElement.valueOf(s)));
        return new Fixture(name, m.group(1).strip(), m.group(2).strip(), m.group(3).equals("yes"), elements,
                Optional.ofNullable(m.group(5)), html);
    }

    public static Outcome judge(Fixture f) {
        ParsedPage page = PageParser.parse(f.html(), URI.create("http://www.example.gov.cn/ogi/" + f.name()), 200,
                Instant.EPOCH, "0");
        GuideJudge.Verdict g = GuideJudge.judge(page, Intent.GUIDE);
        if (g.kind() != GuideJudge.Kind.GUIDE) {
            return new Outcome(f, false, EnumSet.noneOf(GuideElement.class), rejection(g), g.reason());
        }
        Ownership.Verdict owner = Ownership.judge(f.unit(), page);
        if (!owner.own()) {
            return new Outcome(f, false, EnumSet.noneOf(GuideElement.class), Optional.of("other-unit"),
                    "其他单位：" + owner.otherIssuer().orElse("?"));
        }
        return new Outcome(f, true, g.elements(), Optional.empty(), g.reason() + " " + labels(g));
    }

    private static Optional<String> rejection(GuideJudge.Verdict g) {
        return switch (g.kind()) {
            case INDEX -> Optional.of("index");
            case INSTRUCTIONS -> Optional.of("instructions");
            default -> Optional.empty();
        };
    }

    private static String labels(GuideJudge.Verdict g) {
        return g.evidence().evidence() + (g.evidence().ignored().isEmpty() ? "" : " 未计：" + g.evidence().ignored());
    }

    public static List<Outcome> run() {
        return load().stream().map(RealMarkupSuite::judge).toList();
    }

    public static Score guideScore(List<Outcome> outcomes) {
        return tally(outcomes, o -> true, Outcome::guide, o -> o.fixture().guide());
    }

    /** Per element, over the fixtures that are guides (a missed guide counts its elements as absent). */
    public static Map<GuideElement, Score> elementScores(List<Outcome> outcomes) {
        Map<GuideElement, Score> out = new EnumMap<>(GuideElement.class);
        for (GuideElement e : GuideElement.values()) {
            out.put(e, tally(outcomes, o -> o.fixture().guide(), o -> o.elements().contains(e),
                    o -> o.fixture().elements().contains(e)));
        }
        return out;
    }

    private static Score tally(List<Outcome> outcomes, Predicate<Outcome> counted, Predicate<Outcome> got,
                               Predicate<Outcome> want) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Outcome o : outcomes.stream().filter(counted).toList()) {
            boolean g = got.test(o);
            boolean w = want.test(o);
            tp += g && w ? 1 : 0;
            fp += g && !w ? 1 : 0;
            fn += !g && w ? 1 : 0;
            tn += !g && !w ? 1 : 0;
        }
        return new Score(tp, fp, fn, tn);
    }

    /** Share of right present/absent decisions over the 9 elements of every fixture that is a guide. */
    public static double elementAccuracy(List<Outcome> outcomes) {
        int right = 0, all = 0;
        for (Score s : elementScores(outcomes).values()) {
            right += s.tp() + s.tn();
            all += s.tp() + s.tn() + s.fp() + s.fn();
        }
        return all == 0 ? 1.0 : (double) right / all;
    }

    /** Share of guide fixtures whose nine elements all read right. */
    public static double fullyRight(List<Outcome> outcomes) {
        long guides = outcomes.stream().filter(o -> o.fixture().guide()).count();
        long right = outcomes.stream().filter(o -> o.fixture().guide() && o.elements().equals(o.fixture().elements()))
                .count();
        return guides == 0 ? 1.0 : (double) right / guides;
    }

    public static double reasonAccuracy(List<Outcome> outcomes) {
        List<Outcome> withReason = outcomes.stream().filter(o -> o.fixture().reason().isPresent()).toList();
        return withReason.isEmpty() ? 1.0
                : (double) withReason.stream().filter(Outcome::reasonRight).count() / withReason.size();
    }
}
