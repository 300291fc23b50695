package org.concord.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.concord.domain.account.ApiToken;

/**
 * R-SEC.3: the scope an API token needs for this resource method (or every method of this class), instead of the
 * default ({@code READ} for GET and HEAD, {@code FILE} for the rest). See {@link TokenScopeFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TokenScope {
    ApiToken.Scope value();
}
