package dev.ogi.server.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ogi.server.TestApp;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery over real SMTP (GreenMail on loopback), retries with back-off, and giving up. */
class BulletinMailTest {

    private static final Instant START = Instant.parse("2007-11-05T01:00:00Z");

    private Jdbi jdbi;
    private BulletinFixture.ManualClock clock;
    private BulletinsConfiguration configuration;
    private BulletinService service;
    private int port;
    private GreenMail smtp;

    @BeforeEach
    void setUp() throws IOException {
        BulletinFixture.requireCjkFont();
        Path database = TestApp.newDatabaseFile();
        dev.ogi.server.db.Database.migrate(dev.ogi.server.OgiConfiguration.sqliteDefaults(database.toString()));
        jdbi = BulletinFixture.jdbi(database);
        BulletinFixture.seed(jdbi);
        clock = new BulletinFixture.ManualClock(START);
        configuration = BulletinFixture.configuration("leader@sc.example.cn");
        service = BulletinFixture.service(jdbi, clock, configuration);
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    private OutboxSender sender() {
        MailConfiguration mail = new MailConfiguration();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.setFrom("gongkai@sc.example.cn");
        mail.setTimeoutMillis(5000);
        return new OutboxSender(jdbi, clock, mail, configuration, service);
    }

    private RecipientRow copyTo(long bulletinId, String email) {
        return service.recipients(bulletinId).stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
    }

    @Test
    void eachUnitReceivesThePdfWithItsOwnScoreAndRankAtTheTop() throws Exception {
        smtp.start();
        long id = service.issue(LocalDate.of(2007, 11, 5), "test").bulletin().id();

        OutboxSender.RunResult result = sender().sendDue();

        assertThat(result.sent()).isEqualTo(3);
        MimeMessage toChengdu = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, "ogi@chengdu.example.cn")).findFirst().orElseThrow();
        assertThat(toChengdu.getSubject()).isEqualTo("政府信息公开工作通报第1期：关于全省政府信息公开指南和目录编制工作进展情况的通报");
        Multipart parts = (Multipart) toChengdu.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        assertThat(body.lines().findFirst().orElseThrow())
                .startsWith("成都市人民政府：截至2007年11月5日，贵单位得分")
                .contains("在市（州）中排名第1位（共2个单位）");
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo("政府信息公开工作通报第1期.pdf");
        byte[] pdf = attachment.getInputStream().readAllBytes();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
        MimeMessage toMianyang = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, "ogi@mianyang.example.cn")).findFirst().orElseThrow();
        String mianyangBody = (String) ((Multipart) toMianyang.getContent()).getBodyPart(0).getContent();
        assertThat(mianyangBody).startsWith("绵阳市人民政府：").contains("排名第2位")
                .contains("贵单位被通报批评，存在的问题：").contains("公开目录未上网公示（截止2007年10月31日，已逾期5天）");
        assertThat(copyTo(id, "ogi@chengdu.example.cn").status()).isEqualTo("sent");
        assertThat(copyTo(id, "leader@sc.example.cn").sentAt()).isNotNull();
    }

    @Test
    void withoutAnyUsableFontTheBulletinIsIssuedAndSentAsHtmlAndItsPdfFollowsOnceAFontIsThere() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean fontInstalled = new java.util.concurrent.atomic.AtomicBoolean(false);
        java.util.function.Supplier<dev.ogi.reports.bulletin.BulletinPdf> real = PdfRenderer.lazy(configuration);
        BulletinService fontless = new BulletinService(jdbi, clock, BulletinFixture.campaigns(),
                BulletinFixture.scores(jdbi, clock), configuration,
                io.dropwizard.jackson.Jackson.newObjectMapper(), () -> {
                    if (!fontInstalled.get()) {
                        throw new dev.ogi.reports.bulletin.CjkFontNotFoundException("No CJK font found.", java.util.List.of());
                    }
                    return real.get();
                });
        smtp.start();

        BulletinRow issued = fontless.issue(LocalDate.of(2007, 11, 5), "test").bulletin();

        assertThat(issued.pdfAvailable()).isFalse();
        assertThat(issued.pdfProblem()).contains("PDF 暂未生成", "No CJK font found");
        assertThat(fontless.html(issued.id())).contains("成都市人民政府");
        MailConfiguration mail = new MailConfiguration();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.setFrom("gongkai@sc.example.cn");
        assertThat(new OutboxSender(jdbi, clock, mail, configuration, fontless).sendDue().sent()).isEqualTo(3);
        Multipart parts = (Multipart) smtp.getReceivedMessages()[0].getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(MimeUtility.decodeText(parts.getBodyPart(1).getFileName())).isEqualTo("政府信息公开工作通报第1期.html");

        fontInstalled.set(true);
        assertThat(fontless.renderMissingPdfs()).isEqualTo(1);

        BulletinRow later = fontless.require(issued.id());
        assertThat(later.pdfAvailable()).isTrue();
        assertThat(later.pdfSha256()).hasSize(64);
        try (var document = Loader.loadPDF(fontless.pdf(issued.id()))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aCopyThatFailsIsRetriedWithBackOffAndDeliveredWhenTheServerIsBack() throws Exception {
        long id = service.issue(LocalDate.of(2007, 11, 5), "test").bulletin().id();

        // SMTP is down
        OutboxSender.RunResult down = sender().sendDue();

        assertThat(down.failed()).isEqualTo(3);
        RecipientRow failed = copyTo(id, "ogi@chengdu.example.cn");
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("Connect");
        assertThat(failed.nextAttemptAt()).isEqualTo("2007-11-05T01:02:00.000Z");

        // not due yet: nothing is tried
        smtp.start();
        assertThat(sender().sendDue()).isEqualTo(new OutboxSender.RunResult(0, 0));

        clock.advance(Duration.ofMinutes(2));
        OutboxSender.RunResult back = sender().sendDue();

        assertThat(back.sent()).isEqualTo(3);
        RecipientRow delivered = copyTo(id, "ogi@chengdu.example.cn");
        assertThat(delivered.status()).isEqualTo("sent");
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.nextAttemptAt()).isNull();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        // sending again sends nothing twice
        clock.advance(Duration.ofHours(1));
        assertThat(sender().sendDue().sent()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aCopyIsGivenUpAfterTheLastAttemptKeepingTheReason() {
        long id = service.issue(LocalDate.of(2007, 11, 5), "test").bulletin().id();

        sender().sendDue();
        assertThat(copyTo(id, "ogi@mianyang.example.cn").nextAttemptAt()).isEqualTo("2007-11-05T01:02:00.000Z");
        clock.advance(Duration.ofMinutes(2));
        sender().sendDue();
        // the wait doubles
        assertThat(copyTo(id, "ogi@mianyang.example.cn").nextAttemptAt()).isEqualTo("2007-11-05T01:06:00.000Z");
        clock.advance(Duration.ofMinutes(4));
        sender().sendDue();

        RecipientRow gaveUp = copyTo(id, "ogi@mianyang.example.cn");
        assertThat(gaveUp.status()).isEqualTo("failed");
        assertThat(gaveUp.attempts()).isEqualTo(3);
        assertThat(gaveUp.nextAttemptAt()).isNull();
        assertThat(gaveUp.lastError()).isNotBlank();
        clock.advance(Duration.ofDays(1));
        assertThat(sender().sendDue()).isEqualTo(new OutboxSender.RunResult(0, 0));
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
