package dev.ogi.server.auth;

import dev.ogi.server.core.ApiException;

/** A refused sign-in: 401 for wrong credentials, 429 while the account is locked. */
public final class AuthException extends ApiException {

    public AuthException(int status, String message) {
        super(status, message);
    }

    public static AuthException wrongCredentials() {
        return new AuthException(401, "用户名或密码错误");
    }
}
