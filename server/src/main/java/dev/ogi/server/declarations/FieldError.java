package dev.ogi.server.declarations;

/** One refused field of a declaration form, with a message the unit can act on. */
public record FieldError(String field, String message) {
}
