package dev.ogi.server.bulletins;

import dev.ogi.server.AppContext;
import dev.ogi.server.core.OgiCommand;
import java.time.LocalDate;

/**
 * {@code bulletin [--as-of YYYY-MM-DD] [config.yml]}: issues the bulletin of the day now (once:
 * run again the same day, it reports the one already issued) and sends what the outbox has due
 * when mail is configured.
 */
public class BulletinCommand extends OgiCommand.OnContext {

    public BulletinCommand() {
        super("bulletin", "Issues a bulletin (通报) now, as of today or --as-of, and sends it when mail is configured",
                true, arguments -> { });
    }

    @Override
    protected void execute(AppContext context, Invocation invocation) {
        LocalDate asOf = context.asOf().today();
        BulletinService.Issued issued = context.bulletins().issue(asOf, "command");
        BulletinRow row = issued.bulletin();
        System.out.printf("%s bulletin no. %d (id %d) as of %s: %s%n", issued.created() ? "issued" : "already issued:",
                row.number(), row.id(), row.asOf(), row.title());
        System.out.printf("  %d recipients; PDF sha256 %s%n", context.bulletins().recipients(row.id()).size(),
                row.pdfSha256());
        if (context.outbox().isEnabled()) {
            OutboxSender.RunResult sent = context.outbox().sendDue();
            System.out.printf("  mail: %d sent, %d failed (failed copies are retried by the running service)%n",
                    sent.sent(), sent.failed());
        } else {
            System.out.println("  mail: not configured (mail.host), copies stay queued");
        }
    }
}
