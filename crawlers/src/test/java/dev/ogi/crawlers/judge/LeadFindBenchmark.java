package dev.ogi.crawlers.judge;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The judges' {@link LeadFind} patterns against the same patterns searched by plain
 * {@code Matcher.find}, on the compacted text of every test page: nanoseconds a character of text,
 * after two rounds of warm-up. Run (README, "Performance"):
 * {@code mvn -B -q -pl crawlers test-compile exec:exec -Dexec.args="-cp %classpath dev.ogi.crawlers.judge.LeadFindBenchmark"}
 */
public final class LeadFindBenchmark {

    private LeadFindBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<LeadFind> finds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Class<?> judge : List.of(GuideElements.class, ContentDates.class, CatalogueJudge.class)) {
            for (Field field : judge.getDeclaredFields()) {
                if (field.getType() == LeadFind.class) {
                    field.setAccessible(true);
                    finds.add((LeadFind) field.get(null));
                    names.add(field.getName());
                }
            }
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                texts.add(Texts.compact(Jsoup.parse(file.toFile(), null).text()));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.println("texts " + texts.size() + " chars " + chars);
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < finds.size(); k++) {
                LeadFind f = finds.get(k);
                long sink = 0;
                long t0 = System.nanoTime();
                for (int rep = 0; rep < 20; rep++) {
                    for (String t : texts) {
                        Matcher m = f.pattern().matcher(t);
                        while (m.find()) sink += m.end();
                    }
                }
                long t1 = System.nanoTime();
                for (int rep = 0; rep < 20; rep++) {
                    for (String t : texts) {
                        Matcher m = f.matcher(t);
                        for (int from = 0; f.find(m, t, from); from = m.end()) sink += m.end();
                    }
                }
                long t2 = System.nanoTime();
                if (round == 2) System.out.printf("%-14s plain %6.1f ns/char  lead %6.1f ns/char  %d%n", names.get(k),
                        (t1 - t0) / 20.0 / chars, (t2 - t1) / 20.0 / chars, sink % 7);
            }
        }
    }
}
