package dev.ogi.server.core;

/**
 * An error a person can act on, thrown by services in the terms of the domain (not found, not
 * allowed, in conflict with what is stored, ...). The services know nothing of HTTP: only
 * {@link DomainExceptionMapper} turns the kind into a status, and the message and details into
 * {@code {"error": message, "details": ...}}.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, as the caller must understand it. */
    public enum Kind {
        /** The input is wrong: a field, a parameter, a file's content. */
        INVALID,
        /** The credentials are wrong or missing. */
        NOT_SIGNED_IN,
        /** Too many attempts: wait, then try again. */
        TOO_MANY_ATTEMPTS,
        /** The account may not do this. */
        NOT_ALLOWED,
        /** Nothing of that name or number exists. */
        NOT_FOUND,
        /** What is stored has moved on (a step already decided, a round already running): refresh and retry. */
        CONFLICT,
        /** The input is over its size limit. */
        TOO_LARGE,
        /** The input is not of a type accepted here. */
        UNSUPPORTED_TYPE
    }

    private final Kind kind;
    private final Object details;

    public DomainException(Kind kind, String message) {
        this(kind, message, null);
    }

    /** With details a client can show item by item (the bad rows of a file, the bad fields of a form). */
    public DomainException(Kind kind, String message, Object details) { super(message); this.kind = kind; this.details = details; }

    public Kind kind() { return kind; }

    public Object details() { return details; }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID, message);
    }

    public static DomainException invalid(String message, Object details) {
        return new DomainException(Kind.INVALID, message, details);
    }

    public static DomainException notAllowed(String message) {
        return new DomainException(Kind.NOT_ALLOWED, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }
}
