package dev.ogi.server.alerts;

import dev.ogi.server.bulletins.BulletinsConfiguration;
import dev.ogi.server.bulletins.MailConfiguration;
import dev.ogi.server.bulletins.MailSessions;
import dev.ogi.server.core.Instants;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails queued alerts with the bulletin outbox's job and settings: one message per unit per day
 * holding all its new alerts (a unit already written to today gets the rest tomorrow), retried
 * with the outbox's doubling back-off and given up after its attempts.
 */
public record AlertMailer(Jdbi jdbi, Clock clock, MailConfiguration mail, BulletinsConfiguration outbox) {

    private static final Logger LOG = LoggerFactory.getLogger(AlertMailer.class);
    private static final Duration LEASE = Duration.ofMinutes(10);

    /** Sends what is due; how many messages went out. */
    public synchronized int sendDue() {
        if (!mail.isConfigured()) {
            return 0;
        }
        UnitAlertDao dao = jdbi.onDemand(UnitAlertDao.class);
        Instant now = clock.instant();
        String dayStart = Instants.text(LocalDate.ofInstant(now, AlertService.OFFICE_ZONE)
                .atStartOfDay(AlertService.OFFICE_ZONE).toInstant());
        Set<String> writtenToday = new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                "SELECT DISTINCT unit_code FROM unit_alerts WHERE status = 'sent' AND sent_at >= :start")
                .bind("start", dayStart).mapTo(String.class).list()));
        Map<String, List<UnitAlert>> byUnit = new LinkedHashMap<>();
        for (UnitAlert alert : dao.due(Instants.text(now), 1000)) {
            if (!writtenToday.contains(alert.unitCode())) {
                byUnit.computeIfAbsent(alert.unitCode() + "\n" + alert.email(), k -> new ArrayList<>()).add(alert);
            }
        }
        Session session = MailSessions.open(mail);
        int sent = 0;
        for (List<UnitAlert> alerts : byUnit.values()) {
            List<Long> ids = alerts.stream().map(UnitAlert::id).toList();
            if (dao.claim(ids, Instants.text(now), Instants.text(now.plus(LEASE))) != ids.size()) {
                continue; // another sender has some of them
            }
            try {
                Transport.send(message(session, alerts));
                dao.markSent(ids, Instants.text(clock.instant()));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                int attempts = alerts.get(0).attempts() + 1;
                String next = attempts >= outbox.getMaxAttempts() ? null
                        : Instants.text(clock.instant().plus(outbox.retryDelayAfter(attempts)));
                dao.markFailed(ids, MailSessions.describe(e), next);
                LOG.warn("alerts to {} ({}): attempt {} failed: {}", alerts.get(0).unitCode(), alerts.get(0).email(),
                        attempts, e.getMessage());
            }
        }
        return sent;
    }

    private MimeMessage message(Session session, List<UnitAlert> alerts) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(mail.getFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(alerts.get(0).email()));
        boolean due = alerts.stream().allMatch(a -> "due".equals(a.kind()));
        message.setSubject((due ? "政府信息公开工作催办提醒" : "政府信息公开工作检查提醒") + "（" + alerts.size() + "项）", "UTF-8");
        message.setSentDate(java.util.Date.from(clock.instant()));
        StringBuilder body = new StringBuilder("贵单位政府信息公开工作有以下事项需要关注：\n\n");
        for (int i = 0; i < alerts.size(); i++) {
            body.append(i + 1).append(". ").append(alerts.get(i).message()).append("\n");
        }
        body.append("\n详情请登录政府信息公开准备工作监测平台，查看本单位页面。\n如对检查结果有异议，可在本单位页面提出申诉。\n\n")
                .append("（本邮件由系统自动发送，请勿直接回复）\n");
        message.setText(body.toString(), "UTF-8");
        return message;
    }
}
