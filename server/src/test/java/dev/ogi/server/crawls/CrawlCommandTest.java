package dev.ogi.server.crawls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.crawlers.sim.SiteScenario;
import dev.ogi.server.OgiApplication;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.db.Database;
import dev.ogi.server.units.UnitService;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crawl}: one round now, stored, with a progress bar, through Dropwizard's command line. */
class CrawlCommandTest {

    @TempDir
    Path folder;

    @Test
    void crawlStoresARoundJudgedAsOfTheGivenDayAndDrawsAProgressBar() throws Exception {
        SiteScenario chengdu = SiteScenario.builder("510100", "成都市人民政府", "www.chengdu.gov.cn").build();
        SiteScenario edu = SiteScenario.builder("jyt", "四川省教育厅", "www.scedu.gov.cn").guideFrom(null).build();
        try (SimulatedWeb web = SimulatedWeb.start(LocalDate.of(2007, 11, 15)).sites(List.of(chengdu, edu))) {
            Path db = folder.resolve("ogi.db");
            Jdbi jdbi = Database.openStandalone(OgiConfiguration.sqliteDefaults(db.toString()));
            new UnitService(jdbi, Clock.systemUTC()).importCsv(("code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                    + "jyt,四川省教育厅,省直部门,http://www.scedu.gov.cn/\n").getBytes(StandardCharsets.UTF_8));
            Path config = folder.resolve("config.yml");
            Files.writeString(config, "database:\n  url: jdbc:sqlite:" + db + "\nlogging:\n  level: WARN\nschedulerEnabled: false\n"
                    + "crawler:\n  proxy: " + web.proxy() + "\n  delay: 5ms\n  pageBudget: 30\n");
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            PrintStream original = System.out;
            Optional<Throwable> error;
            try {
                System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
                Bootstrap<OgiConfiguration> bootstrap = new Bootstrap<>(new OgiApplication());
                new OgiApplication().initialize(bootstrap);
                Cli cli = new Cli(new JarLocation(getClass()), bootstrap, System.out,
                        new PrintStream(stderr, true, StandardCharsets.UTF_8));
                error = cli.run("crawl", "--as-of", "2007-11-15", config.toString());
            } finally {
                System.setOut(original);
            }

            assertThat(error).isEmpty();
            String printed = stdout.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("[##############################] 2/2 个单位").contains("第 1 轮：完成，2/2 个单位");
            CrawlDao dao = jdbi.onDemand(CrawlDao.class);
            CrawlRound round = dao.rounds(1).get(0);
            assertThat(round.triggerSource()).isEqualTo("command");
            assertThat(round.asOf()).isEqualTo("2007-11-15");
            assertThat(round.status()).isEqualTo(CrawlRound.FINISHED);
            assertThat(dao.lastCheck("510100").orElseThrow().guideFound()).isTrue();
            assertThat(dao.lastCheck("jyt").orElseThrow().guideUnderConstruction()).isTrue();
        }
    }
}
