package dev.ogi.server.audit;

import dev.ogi.server.auth.User;

/** Who made a change: a signed-in account, or a part of the system acting on its own. */
public record AuditActor(String name, String role) {

    public static final String SYSTEM = "system";

    public static AuditActor of(User user) {
        return new AuditActor(user.username(), user.role());
    }

    /** The schedule, a command line tool or the demo's replay. */
    public static AuditActor system(String part) {
        return new AuditActor(part, SYSTEM);
    }
}
