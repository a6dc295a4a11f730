package dev.ogi.server.crawls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.crawlers.sim.SiteScenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sourceforge.argparse4j.inf.Namespace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} command's fixed contract, run in-process against simulated sites through its proxy. */
class CheckCommandTest {

    static SimulatedWeb web;
    static final SiteScenario CHENGDU = SiteScenario.builder("510100", "成都市人民政府", "www.chengdu.gov.cn")
            .catalogueEntries(31).build();
    static final SiteScenario EDU = SiteScenario.builder("jyt", "四川省教育厅", "www.scedu.gov.cn")
            .down(LocalDate.of(2007, 11, 1), null).build();

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        web = SimulatedWeb.start(LocalDate.of(2007, 11, 15)).sites(List.of(CHENGDU, EDU));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    int run(Map<String, Object> args) throws Exception {
        Map<String, Object> all = new HashMap<>();
        all.put("proxy", web.proxy());
        all.put("delay_ms", 5);
        all.putAll(args);
        return new CheckCommand().run(new Namespace(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void unitsFileGivesOneContractObjectPerUnitAndReportsBadRowsByLine() throws Exception {
        Path csv = folder.resolve("units.csv");
        Files.writeString(csv, "\uFEFFcode,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                + "jyt,四川省教育厅,省直部门,www.scedu.gov.cn\n,无代码单位,市州,http://www.x.gov.cn/\n"
                + "510100,重复,市州,http://www.y.gov.cn/\n", StandardCharsets.UTF_8);
        Path result = folder.resolve("result.json");

        int status = run(Map.of("units", csv.toString(), "out", result.toString()));

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 4: code and name are required")
                .contains("line 5: code 510100 appears twice");
        JsonNode array = new ObjectMapper().readTree(result.toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        for (JsonNode unit : array) {
            assertThat(keys(unit)).containsExactlyInAnyOrder("code", "homepage", "reachable", "error", "robotsBlocked",
                    "pagesFetched", "guide", "catalogue", "website");
            assertThat(keys(unit.get("guide"))).containsExactlyInAnyOrder("found", "url", "underConstruction", "elements");
            assertThat(keys(unit.get("catalogue"))).containsExactlyInAnyOrder("found", "url", "underConstruction", "entries", "fields");
        }
        JsonNode chengdu = array.get(0);
        assertThat(chengdu.get("code").asText()).isEqualTo("510100");
        assertThat(chengdu.get("reachable").asBoolean()).isTrue();
        assertThat(chengdu.get("error").isNull()).isTrue();
        assertThat(chengdu.get("robotsBlocked").asBoolean()).isFalse();
        assertThat(chengdu.get("guide").get("found").asBoolean()).isTrue();
        assertThat(chengdu.get("guide").get("url").asText()).isEqualTo("http://www.chengdu.gov.cn/zwgk/gkzn/index.htm");
        assertThat(chengdu.get("guide").get("elements")).hasSize(9);
        assertThat(chengdu.get("catalogue").get("entries").asInt()).isEqualTo(31);
        assertThat(chengdu.get("catalogue").get("fields").toString()).isEqualTo("[\"index\",\"name\",\"summary\",\"date\"]");
        JsonNode edu = array.get(1);
        assertThat(edu.get("homepage").asText()).isEqualTo("http://www.scedu.gov.cn");
        assertThat(edu.get("reachable").asBoolean()).isFalse();
        assertThat(edu.get("error").asText()).isNotBlank();
        assertThat(edu.get("guide").get("found").asBoolean()).isFalse();
        assertThat(edu.get("catalogue").get("entries").isNull()).isTrue();
    }

    @Test
    void oneUrlPrintsItsObjectToStdout() throws Exception {
        int status = run(Map.of("url", "http://www.chengdu.gov.cn/", "name", "成都市人民政府"));

        assertThat(status).isZero();
        JsonNode unit = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(unit.get("code").asText()).isEqualTo("www.chengdu.gov.cn");
        assertThat(unit.get("guide").get("found").asBoolean()).isTrue();
        assertThat(unit.get("catalogue").get("found").asBoolean()).isTrue();
    }

    @Test
    void missingFileAndBadProxyAreClearErrors() throws Exception {
        assertThat(run(Map.of("units", folder.resolve("none.csv").toString(), "out", "x.json"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
        assertThat(run(Map.of("url", "http://www.chengdu.gov.cn/", "proxy", "nohost"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--proxy");
        assertThat(run(Map.of())).isEqualTo(2);
    }
}
