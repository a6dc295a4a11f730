package dev.ogi.server.auth;

import java.util.Optional;

/** An account as stored. */
public record UserRow(String username, String role, String unitCode, String passwordHash, String createdAt,
        boolean disabled) {

    public User toUser() {
        return new User(username, role, Optional.ofNullable(unitCode));
    }
}
