package dev.ogi.server.bulletins;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/** SMTP sessions from the mail configuration, shared by the bulletin outbox and unit alerts. */
public final class MailSessions {

    private MailSessions() {
    }

    public static Session open(MailConfiguration mail) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mail.getHost());
        properties.put("mail.smtp.port", Integer.toString(mail.getPort()));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(mail.getTimeoutMillis()));
        properties.put("mail.smtp.timeout", Integer.toString(mail.getTimeoutMillis()));
        properties.put("mail.smtp.writetimeout", Integer.toString(mail.getTimeoutMillis()));
        switch (mail.getTls()) {
            case starttls -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case ssl -> properties.put("mail.smtp.ssl.enable", "true");
            case none -> { }
        }
        boolean auth = mail.getUsername() != null && !mail.getUsername().isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(auth));
        Authenticator authenticator = auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(mail.getUsername(), mail.getPassword());
            }
        } : null;
        return Session.getInstance(properties, authenticator);
    }

    /** A failure as one line of text for the stored reason, causes included, at most 1,000 characters. */
    public static String describe(Exception e) {
        StringBuilder reason = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && reason.length() < 400) {
            reason.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            cause = cause.getCause();
        }
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason.toString();
    }
}
