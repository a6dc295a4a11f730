package dev.ogi.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.GuideFinding;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.crawls.CrawlRound;
import dev.ogi.server.db.Database;
import dev.ogi.server.declarations.Actor;
import io.dropwizard.jackson.Jackson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back up a live database during a crawl, restore it elsewhere, and find everything there. */
class BackupTest {

    private static final List<String> TABLES = List.of("units", "crawl_rounds", "site_checks", "declarations",
            "declaration_versions", "declaration_attachments", "bulletins");

    @TempDir
    Path folder;

    private static OgiConfiguration configuration(Path root) {
        OgiConfiguration configuration = new OgiConfiguration();
        configuration.setSchedulerEnabled(false);
        configuration.setDatabase(OgiConfiguration.sqliteDefaults(root.resolve("ogi.db").toString()));
        configuration.getDeclarations().setAttachmentsDirectory(root.resolve("attachments").toString());
        return configuration;
    }

    private static Map<String, Integer> counts(Jdbi jdbi) {
        return jdbi.withHandle(handle -> {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (String table : TABLES) {
                counts.put(table, handle.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
            }
            return counts;
        });
    }

    private static long files(Path root) throws Exception {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aBackupTakenDuringACrawlRestoresEveryRoundDeclarationBulletinAndAttachment() throws Exception {
        OgiConfiguration live = configuration(folder.resolve("live"));
        Jdbi jdbi = Database.openStandalone(live.getDatabase());
        try (AppContext context = AppContext.create(live, jdbi, Clock.systemUTC(), Jackson.newObjectMapper(),
                new MetricRegistry())) {
            context.units().importCsv(("code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                    + "510300,自贡市人民政府,市州,http://www.zg.gov.cn/\n").getBytes(StandardCharsets.UTF_8));
            context.declarations().attachments().upload(Actor.unit("cd", "510100"), "510100", null, "systems", "plan",
                    "工作方案.pdf", new ByteArrayInputStream(
                            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
            context.bulletins().issue(LocalDate.of(2007, 10, 8), "test");
            context.crawls().runNow("test", LocalDate.of(2007, 10, 1), context.units().list(false),
                    (targets, listener) -> {
                        targets.forEach(t -> listener.siteFinished(down(t.code(), t.homepage())));
                        return List.of();
                    }, dev.ogi.crawlers.CrawlListener.NONE);

            // a second round writes while the backup is taken
            CountDownLatch firstWritten = new CountDownLatch(1);
            CountDownLatch backedUp = new CountDownLatch(1);
            context.crawls().overrideEngine((targets, listener) -> {
                listener.siteFinished(down(targets.get(0).code(), targets.get(0).homepage()));
                firstWritten.countDown();
                try {
                    backedUp.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                listener.siteFinished(down(targets.get(1).code(), targets.get(1).homepage()));
                return List.of();
            });
            CrawlRound running = context.crawls().startInBackground("test", LocalDate.of(2007, 10, 2),
                    context.units().list(false));
            assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
            Map<String, Integer> atBackup = counts(jdbi);

            Backup.Copied copied = Backup.write(live.getDatabase(), folder.resolve("live/attachments"),
                    folder.resolve("backup"));
            backedUp.countDown();

            assertThat(copied.attachments()).isEqualTo(1);
            OgiConfiguration elsewhere = configuration(folder.resolve("elsewhere"));
            Backup.restore(folder.resolve("backup"), elsewhere.getDatabase(), folder.resolve("elsewhere/attachments"),
                    Clock.systemUTC());
            Map<String, Integer> restored = counts(Database.openStandalone(elsewhere.getDatabase()));
            assertThat(restored).isEqualTo(atBackup);
            assertThat(restored.get("crawl_rounds")).isEqualTo(2);
            assertThat(restored.get("declaration_attachments")).isEqualTo(1);
            assertThat(restored.get("bulletins")).isEqualTo(1);
            assertThat(files(folder.resolve("elsewhere/attachments"))).isEqualTo(1);
            assertThat(running.id()).isEqualTo(2);
        }
    }

    @Test
    void aDatabaseInUseIsNotOverwritten() throws Exception {
        OgiConfiguration live = configuration(folder.resolve("live"));
        Jdbi jdbi = Database.openStandalone(live.getDatabase());
        Backup.write(live.getDatabase(), folder.resolve("live/attachments"), folder.resolve("backup"));
        jdbi.useHandle(handle -> {
            handle.execute("INSERT INTO units (code, name, unit_group, active, created_at, updated_at) "
                    + "VALUES ('x1', '后来的单位', '省直部门', 1, '2007-10-01T00:00:00Z', '2007-10-01T00:00:00Z')");
            assertThatThrownBy(() -> Backup.restore(folder.resolve("backup"), live.getDatabase(),
                    folder.resolve("live/attachments"), Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is in use");
        });
        int kept = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM units WHERE code = 'x1'")
                .mapTo(Integer.class).one());
        assertThat(kept).isEqualTo(1);
    }

    private static SiteResult down(String code, String homepage) {
        Instant now = Instant.now();
        return new SiteResult(code, homepage, false, "首页无法访问：HTTP 503", false, 1, false, now, now,
                GuideFinding.missing(), CatalogueFinding.missing());
    }
}
