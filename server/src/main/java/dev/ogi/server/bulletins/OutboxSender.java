package dev.ogi.server.bulletins;

import dev.ogi.server.core.Instants;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.bulletin.BulletinComposer;
import dev.ogi.reports.bulletin.BulletinDocument;
import dev.ogi.reports.bulletin.BulletinInput;
import dev.ogi.reports.bulletin.UnitCopy;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: every copy that is due, with the bulletin's PDF attached and, for a unit's
 * copy, its own score and rank at the top. A failed copy is retried with exponential back-off
 * (the wait doubles each time) and given up after the configured attempts, keeping the reason.
 * Copies are claimed before sending, so two senders never send the same copy.
 */
public record OutboxSender(Jdbi jdbi, Clock clock, MailConfiguration mail, BulletinsConfiguration configuration,
        BulletinService bulletins) {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 200;
    /** A claimed copy whose sender died is taken up again after this. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    /** What one run did. */
    public record RunResult(int sent, int failed) {
    }

    public boolean isEnabled() {
        return mail.isConfigured();
    }

    /** Sends every copy due now. Does nothing when no SMTP host is configured. */
    public synchronized RunResult sendDue() {
        // a bulletin issued while no font could be found gets its PDF as soon as one is there
        bulletins.renderMissingPdfs();
        if (!mail.isConfigured()) {
            return new RunResult(0, 0);
        }
        BulletinDao dao = jdbi.onDemand(BulletinDao.class);
        Instant now = clock.instant();
        List<RecipientRow> due = dao.due(Instants.text(now), BATCH);
        Map<Long, Letter> letters = new HashMap<>();
        Session session = MailSessions.open(mail);
        int sent = 0;
        int failed = 0;
        for (RecipientRow copy : due) {
            if (dao.claim(copy.id(), copy.status(), copy.nextAttemptAt(), Instants.text(now.plus(LEASE))) == 0) {
                continue; // another sender took it
            }
            try {
                Letter letter = letters.computeIfAbsent(copy.bulletinId(), this::letter);
                Transport.send(message(session, letter, copy));
                dao.markSent(copy.id(), Instants.text(clock.instant()));
                sent++;
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                int attempts = copy.attempts() + 1;
                String reason = MailSessions.describe(e);
                String next = attempts >= configuration.getMaxAttempts() ? null
                        : Instants.text(clock.instant().plus(configuration.retryDelayAfter(attempts)));
                dao.markFailed(copy.id(), reason, next);
                failed++;
                LOG.warn("bulletin {} to {}: attempt {} failed ({}){}", copy.bulletinId(), copy.email(), attempts, reason,
                        next == null ? ", giving up" : ", retrying at " + next);
            }
        }
        return new RunResult(sent, failed);
    }

    private record Letter(BulletinRow row, BulletinInput input, BulletinDocument document, byte[] pdf) {
    }

    private Letter letter(long bulletinId) {
        BulletinRow row = bulletins.require(bulletinId);
        BulletinInput input = bulletins.input(bulletinId).orElseThrow();
        return new Letter(row, input, new BulletinComposer().compose(input), bulletins.pdf(bulletinId));
    }

    private MimeMessage message(Session session, Letter letter, RecipientRow copy)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(mail.getFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(copy.email()));
        message.setSubject("政府信息公开工作通报第" + letter.row().number() + "期：" + letter.row().title(), "UTF-8");
        message.setSentDate(java.util.Date.from(clock.instant()));

        MimeBodyPart body = new MimeBodyPart();
        body.setText(bodyText(letter, Optional.ofNullable(copy.unitCode())), "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        String name = "政府信息公开工作通报第" + letter.row().number() + "期";
        if (letter.pdf().length > 0) {
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.pdf(), "application/pdf")));
            attachment.setFileName(MimeUtility.encodeText(name + ".pdf", "UTF-8", "B"));
        } else {
            // the PDF could not be rendered: the archived HTML goes instead, the full text all the same
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    bulletins.html(letter.row().id()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "text/html; charset=UTF-8")));
            attachment.setFileName(MimeUtility.encodeText(name + ".html", "UTF-8", "B"));
        }
        message.setContent(new MimeMultipart(body, attachment));
        return message;
    }

    /** The message text (the unit's own standing first, then the bulletin's gist): the composer's, worded in reports. */
    static String bodyText(Letter letter, Optional<String> unitCode) {
        String text = UnitCopy.bodyText(letter.input(), letter.document(), unitCode);
        return letter.pdf().length > 0 ? text : text.replace("通报全文见附件（PDF）", "通报全文见附件（HTML 网页）");
    }

}
