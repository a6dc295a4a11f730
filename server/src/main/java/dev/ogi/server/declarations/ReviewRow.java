package dev.ogi.server.declarations;

/** A row of {@code declaration_reviews}: who did which step of a version, when, and why. */
public record ReviewRow(long id, long versionId, String step, String decision, String actor, String comment, String at) {
}
