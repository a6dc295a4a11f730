package dev.ogi.server.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose contract answers 403, not 401, to a request with no credentials
 * at all (filing an appeal: only the unit's own account may, so nobody else is "not yet signed
 * in" but simply not allowed). Wrong or expired credentials still get 401.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ForbiddenToAnonymous {
}
