package dev.ogi.server.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.alerts.UnitAlert;
import dev.ogi.server.auth.User;
import io.dropwizard.jackson.Jackson;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alerts to units over real SMTP (GreenMail): once per event, one message per unit per day, retried. */
class UnitAlertMailTest {

    private static final User OFFICE = new User("office", User.OFFICE, Optional.empty());

    private Jdbi jdbi;
    private BulletinFixture.ManualClock clock;
    private AppContext context;
    private GreenMail smtp;

    @BeforeEach
    void setUp() throws IOException {
        Path database = TestApp.newDatabaseFile();
        dev.ogi.server.db.Database.migrate(OgiConfiguration.sqliteDefaults(database.toString()));
        jdbi = BulletinFixture.jdbi(database);
        BulletinFixture.seed(jdbi);
        // the second round no longer sees 成都市's OGI column on its homepage
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO crawl_rounds (id, started_at, finished_at, as_of, trigger_source, status)"
                    + " VALUES (2, '2007-11-03T01:00:00Z', '2007-11-03T02:00:00Z', '2007-11-03', 'demo', 'finished')");
            h.execute("INSERT INTO site_checks (round_id, unit_code, as_of, started_at, finished_at, reachable, ogi_column,"
                    + " guide_found, guide_url, guide_elements, catalogue_found, catalogue_url, catalogue_entries,"
                    + " catalogue_fields) VALUES (2, '510100', '2007-11-03', '2007-11-03T01:00:00Z', '2007-11-03T01:00:00Z',"
                    + " 1, 0, 1, 'http://www.chengdu.gov.cn/zn.html', 'classification,arrangement,access,officeName,address,"
                    + "hours,phone,fax,email', 1, 'http://www.chengdu.gov.cn/ml.html', 60, 'index,name,summary,date')");
        });
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        OgiConfiguration configuration = new OgiConfiguration();
        configuration.setSchedulerEnabled(false);
        configuration.getMail().setHost("127.0.0.1");
        configuration.getMail().setPort(port);
        configuration.getMail().setFrom("gongkai@sc.example.cn");
        configuration.getMail().setTimeoutMillis(5000);
        configuration.getBulletins().setMaxAttempts(3);
        configuration.getBulletins().setRetryBackoff(io.dropwizard.util.Duration.minutes(2));
        clock = new BulletinFixture.ManualClock(Instant.parse("2007-11-03T04:00:00Z"));
        context = AppContext.create(configuration, jdbi, clock, Jackson.newObjectMapper(), new MetricRegistry());
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        context.close();
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aLostItemIsAlertedOnceAndTheDaysAlertsOfAUnitGoInOneMessage() throws Exception {
        assertThat(context.alerts().detect(LocalDate.of(2007, 11, 3))).isEqualTo(1);
        assertThat(context.alerts().detect(LocalDate.of(2007, 11, 3))).isZero();

        assertThat(context.alertMailer().sendDue()).isEqualTo(1);
        List<MimeMessage> chengdu = to("ogi@chengdu.example.cn");
        assertThat(chengdu).hasSize(1);
        assertThat(chengdu.get(0).getSubject()).isEqualTo("政府信息公开工作检查提醒（1项）");
        assertThat(GreenMailUtil.getBody(chengdu.get(0))).isNotBlank();
        String text = (String) chengdu.get(0).getContent();
        assertThat(text).contains("「首页设有政府信息公开专栏入口」此前已达标").contains("提出申诉");

        // a reminder before the 2007-12-31 deadline: 成都市 was written to today, so it waits a day
        assertThat(context.alerts().detect(LocalDate.of(2007, 12, 26))).isEqualTo(3);
        assertThat(context.alertMailer().sendDue()).isEqualTo(1);
        assertThat(to("ogi@mianyang.example.cn")).hasSize(1);
        assertThat((String) to("ogi@mianyang.example.cn").get(0).getContent())
                .contains("催办：「").contains("2007年12月31日到期（还有5天）");
        assertThat(to("ogi@chengdu.example.cn")).hasSize(1);
        UnitAlert broken = context.alerts().forUnit(OFFICE, "000002").get(0);
        assertThat(broken.status()).isEqualTo("retry");
        assertThat(broken.lastError()).isNotBlank();

        clock.advance(Duration.ofDays(1));
        assertThat(context.alertMailer().sendDue()).isEqualTo(1);
        assertThat(to("ogi@chengdu.example.cn")).hasSize(2);
        assertThat(context.alerts().forUnit(OFFICE, "510100")).extracting(UnitAlert::status).containsOnly("sent");
    }

    @Test
    void aSiteThatBecameUnreachableIsAlertedOnceAsAVetoItem() {
        // 绵阳市: 24 probes a day, 3 failures on 11-02 and 11-03 (6 of 48: above the 5% veto share)
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO availability_days VALUES ('510700', '2007-11-02', 24, 3, 1000, 200, 503, 'down')");
            h.execute("INSERT INTO availability_days VALUES ('510700', '2007-11-03', 24, 3, 1000, 200, 503, 'down')");
        });

        context.alerts().detect(LocalDate.of(2007, 11, 3));
        context.alerts().detect(LocalDate.of(2007, 11, 3));

        List<UnitAlert> alerts = context.alerts().forUnit(OFFICE, "510700");
        assertThat(alerts).filteredOn(a -> a.kind().equals("veto")).hasSize(1)
                .allSatisfy(a -> assertThat(a.message()).contains("站点无法访问"));
    }
}
