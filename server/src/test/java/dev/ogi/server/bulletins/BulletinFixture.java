package dev.ogi.server.bulletins;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.codahale.metrics.MetricRegistry;
import dev.ogi.reports.bulletin.CjkFont;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.scores.ScoreService;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.db.Database;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitDao;
import io.dropwizard.jackson.Jackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/** Units, crawl history and bulletin services on a test database file. */
final class BulletinFixture {

    static final String CHENGDU = "510100";
    static final String MIANYANG = "510700";
    static final String EDUCATION = "000002";

    private BulletinFixture() {
    }

    static void requireCjkFont() {
        assumeTrue(CjkFont.find().isPresent(),
                "no CJK TrueType font installed: apt-get install -y fonts-wqy-microhei (CI installs it)");
    }

    /** The running application's database, SQLite or PostgreSQL. */
    static Jdbi jdbi(io.dropwizard.testing.junit5.DropwizardAppExtension<?> app) {
        return Database.configure(dev.ogi.server.TestApp.rawJdbi(app));
    }

    static Jdbi jdbi(Path databaseFile) {
        return Database.configure(Jdbi.create("jdbc:sqlite:" + databaseFile));
    }

    /**
     * Three units with office e-mails; 成都市's guide and catalogue were first seen on 2007-10-20
     * (on time), the others have no crawl history.
     */
    static void seed(Jdbi jdbi) {
        String now = "2007-09-20T00:00:00Z";
        jdbi.useExtension(UnitDao.class, dao -> {
            if (dao.find(CHENGDU).isPresent()) {
                return;
            }
            dao.insert(new Unit(CHENGDU, "成都市人民政府", "成都市", "市州", null, "http://www.chengdu.gov.cn", null, null,
                    null, "ogi@chengdu.example.cn", true), now);
            dao.insert(new Unit(MIANYANG, "绵阳市人民政府", "绵阳市", "市州", null, "http://www.my.gov.cn", null, null,
                    null, "ogi@mianyang.example.cn", true), now);
            dao.insert(new Unit(EDUCATION, "四川省教育厅", "省教育厅", "省直部门", null, "http://www.scedu.net", null, null,
                    null, "not an address", true), now);
        });
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO crawl_rounds (id, started_at, finished_at, as_of, trigger_source, status)"
                    + " VALUES (1, ?, ?, '2007-10-20', 'demo', 'finished')", now, now);
            h.execute("INSERT INTO site_checks (round_id, unit_code, as_of, started_at, finished_at, reachable, ogi_column,"
                    + " guide_found, guide_url, guide_elements, catalogue_found, catalogue_url, catalogue_entries, catalogue_fields)"
                    + " VALUES (1, ?, '2007-10-20', ?, ?, 1, 1, 1, 'http://www.chengdu.gov.cn/zn.html',"
                    + " 'classification,arrangement,access,officeName,address,hours,phone,fax,email', 1,"
                    + " 'http://www.chengdu.gov.cn/ml.html', 60, 'index,name,summary,date')", CHENGDU, now, now);
        });
    }

    static CampaignRegistry campaigns() {
        return new CampaignRegistry(new CampaignLoader().loadAll(null), "ogi-2007");
    }

    static BulletinsConfiguration configuration(String... leaders) {
        BulletinsConfiguration configuration = new BulletinsConfiguration();
        configuration.setLeaders(java.util.List.of(leaders));
        configuration.setMaxAttempts(3);
        configuration.setRetryBackoff(io.dropwizard.util.Duration.minutes(2));
        return configuration;
    }

    /** A bulletin service as a second node (or the app after a restart) would build it on the same file. */
    static BulletinService service(Jdbi jdbi, Clock clock, BulletinsConfiguration configuration) {
        return new BulletinService(jdbi, clock, campaigns(), scores(jdbi, clock), configuration,
                Jackson.newObjectMapper(), PdfRenderer.lazy(configuration));
    }

    /** The scores as the application computes them from this database. */
    static ScoreSource scores(Jdbi jdbi, Clock clock) {
        OgiConfiguration app = new OgiConfiguration();
        app.setSchedulerEnabled(false);
        AppContext context = AppContext.create(app, jdbi, clock, Jackson.newObjectMapper(), new MetricRegistry());
        return context.scores()::scores;
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
