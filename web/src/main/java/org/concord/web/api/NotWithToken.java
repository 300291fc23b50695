package org.concord.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-SEC.3: no API token may call this method, whatever its scopes (issuing and revoking tokens, changing the
 * account's address, closing it): HTTP Basic may, for an account without a second step (R-SEC.2); the others do
 * these things on the pages, signed in with their second step. See {@link TokenScopeFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NotWithToken {}
