package dev.ogi.server.auth;

import dev.ogi.server.core.DomainException;

/** A refused sign-in: wrong credentials or a disabled account, or too many attempts for now. */
public final class AuthException extends DomainException {

    public AuthException(Kind kind, String message) {
        super(kind, message);
    }

    public static AuthException wrongCredentials() {
        return new AuthException(Kind.NOT_SIGNED_IN, "用户名或密码错误");
    }

    public boolean wrongOrDisabled() {
        return kind() == Kind.NOT_SIGNED_IN;
    }
}
