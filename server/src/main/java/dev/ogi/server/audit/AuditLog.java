package dev.ogi.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.core.Instants;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit log: who changed what, when, from what to what, and why. Every service that changes
 * data a bulletin or a score rests on appends here; nothing reads it back to decide anything.
 * Dated by the server's clock, never by the request.
 */
public record AuditLog(Jdbi jdbi, Clock clock, ObjectMapper json) {

    /** Days given as filters are days in China, where the office works. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_ROWS = 10_000;
    static final int MAX_TEXT = 20_000;

    /** A filter of the log, as the office asks for it. */
    public record Filter(String actor, String action, String target, String from, String to, Integer limit) {
        public static Filter all() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** Appends one change on its own connection. */
    public void record(AuditActor actor, String action, String target, Object before, Object after, String reason) {
        jdbi.useHandle(handle -> record(handle, actor, action, target, before, after, reason));
    }

    /** Appends one change inside the caller's transaction, so the change and its record land together. */
    public void record(Handle handle, AuditActor actor, String action, String target, Object before, Object after,
            String reason) {
        handle.attach(AuditDao.class).append(new AuditEntry(0, Instants.text(clock.instant()), actor.name(), actor.role(),
                action, target, text(before), text(after), reason));
    }

    public List<AuditEntry> find(Filter filter) {
        int limit = filter.limit() == null ? 1000 : filter.limit();
        if (limit < 1 || limit > MAX_ROWS) {
            throw DomainException.invalid("limit 应在 1 到 " + MAX_ROWS + " 之间，收到 " + limit);
        }
        return jdbi.onDemand(AuditDao.class).find(blankToNull(filter.actor()), blankToNull(filter.action()),
                blankToNull(filter.target()), bound("from", filter.from(), false), bound("to", filter.to(), true), limit);
    }

    /** The entries as CSV (with a BOM, so Excel on a government PC reads it as UTF-8). */
    public String csv(List<AuditEntry> entries) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("时间", "账号", "角色", "操作", "对象", "修改前", "修改后", "理由").build())) {
            for (AuditEntry e : entries) {
                printer.printRecord(e.at(), e.actor(), e.role(), e.action(), e.target(), e.before(), e.after(),
                        e.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        String text;
        try {
            text = value instanceof String s ? s : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            text = String.valueOf(value);
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    /** A day (a whole day in China; {@code to} includes it) or an instant, as stored text; null when absent. */
    private static String bound(String name, String value, boolean end) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return Instants.text((end ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant());
            }
            return Instants.text(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name + " 应为日期（如 2008-03-31）或 UTC 时刻（如 2008-03-31T08:00:00Z），收到 " + text);
        }
    }

    private static String blankToNull(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }
}
