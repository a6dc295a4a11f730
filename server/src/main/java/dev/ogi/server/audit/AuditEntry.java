package dev.ogi.server.audit;

/**
 * One line of the audit log.
 *
 * @param at     when, fixed-width UTC text
 * @param actor  the account's username, or the system part that acted (schedule, command, demo)
 * @param role   office, leader, unit or system
 * @param action what kind of change, e.g. {@code override.set}
 * @param target what it changed: a unit code, an appeal or declaration version id, a username
 * @param before the state before, as JSON; null for a creation or an event
 * @param after  the state after, as JSON
 * @param reason why, as the actor gave it
 */
public record AuditEntry(long id, String at, String actor, String role, String action, String target, String before,
        String after, String reason) {
}
