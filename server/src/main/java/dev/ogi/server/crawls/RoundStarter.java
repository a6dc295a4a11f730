package dev.ogi.server.crawls;

import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.audit.AuditLog;
import dev.ogi.server.auth.User;
import dev.ogi.server.core.AsOfClock;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Starts a round for a signed-in user from the API (all units or one) and records who started it. */
public record RoundStarter(CrawlService crawls, AsOfClock asOf, AuditLog audit) {

    /** 202 with the round; the round's day is the server's (or the configured replay day), never the client's. */
    Response start(User user, String source, String asOfParameter, List<dev.ogi.server.units.Unit> units, String subject) {
        CrawlRound round = crawls.startInBackground(source, asOf.forWrite(asOfParameter), units);
        audit.record(AuditActor.of(user), "crawl.start", subject == null ? "round " + round.id() : subject, null, round, null);
        return Response.status(Response.Status.ACCEPTED).entity(round).build();
    }
}
