package org.concord.web.faces;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a backing bean: a refusal thrown by one of its actions ({@code void} or a {@code String} outcome) is shown on
 * the page it came from, at the field it names, and the action ends as if it had returned {@code null}: the user
 * stays on the page with the input kept. See {@link Refusals}; actions therefore catch no {@code RuleViolation}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ShowsRefusals {}
