package org.concord.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-SEC.3: no API token may call this method, whatever its scopes (issuing and revoking tokens, changing the
 * account's address, closing it): a signed-in session or HTTP Basic may. See {@link TokenScopeFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NotWithToken {}
