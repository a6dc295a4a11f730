package dev.ogi.crawlers.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every {@link LeadFind} of the judges finds exactly what a plain {@code Matcher.find} finds, on
 * the text of every test page and on made-up lines that start where the lead characters matter
 * (a missing lead character would lose matches silently).
 */
class LeadFindTest {

    private static final List<String> MADE_UP = List.of(
            "发布时间：2008-01-15 来源：本网",
            "更新日期:2007年12月3日",
            "今天是2026年12月3日 星期四 版权所有2007-2026",
            "网站地址:www.example.gov.cn 办公地址：人民南路2段12号 电话：028-86601234 传真:028-86601235",
            "联系电话/传真：0813-2201234，电子邮箱：ogi@example.gov.cn，E-mail(email):a@b.cn",
            "受理机构名称：自贡市人民政府办公室。办公时间：周一至周五上午9:00",
            "由市政府办公室负责本机关政府信息公开工作；设在县档案馆的查阅场所，地址：解放路3号",
            "主动公开的信息分为：机构职能类、政策法规类、规划计划类、统计信息类。按发布日期排列",
            "获取方式：政务服务中心设有查阅点，图书馆、档案馆可查阅；提出申请的方式",
            "1999.12.31 2000/1/2 20081-1 1920年13月40日 2019-02-29 2020-02-29 [01-15] 08-01-15 3月5日 12/31",
            "索引号:00873960X/2008-00012 索引号：511300000000-2008-000123 ab12345/2008-0001");

    @Test
    void eachLeadFindFindsWhatThePlainPatternFinds() throws Exception {
        List<LeadFind> finds = new ArrayList<>();
        for (Class<?> judge : List.of(GuideElements.class, ContentDates.class, CatalogueJudge.class)) {
            for (Field field : judge.getDeclaredFields()) {
                if (field.getType() == LeadFind.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    finds.add((LeadFind) field.get(null));
                }
            }
        }
        assertThat(finds).hasSizeGreaterThanOrEqualTo(16);
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(100);

        int matches = 0;
        for (LeadFind find : finds) {
            for (String text : texts) {
                List<String> plain = new ArrayList<>();
                Matcher m = find.pattern().matcher(text);
                while (m.find()) {
                    plain.add(m.start() + ":" + m.group());
                }
                List<String> led = new ArrayList<>();
                Matcher l = find.matcher(text);
                for (int from = 0; find.find(l, text, from); from = l.end()) {
                    led.add(l.start() + ":" + l.group());
                }
                assertThat(led).as("%s on %s", find.pattern(), Texts.excerpt(text, 0, 40)).isEqualTo(plain);
                matches += plain.size();
            }
        }
        assertThat(matches).as("the corpus exercises the patterns").isGreaterThan(200);
    }

    /** Each test page's raw markup, text and compacted text, and the made-up lines (also compacted). */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : MADE_UP) {
            texts.add(line);
            texts.add(Texts.compact(line));
        }
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                // the page's own charset (some are GBK, as real sites are)
                org.jsoup.nodes.Document page = Jsoup.parse(file.toFile(), null);
                String text = page.text();
                texts.add(page.outerHtml());
                texts.add(text);
                texts.add(Texts.compact(text));
            }
        }
        return texts;
    }
}
