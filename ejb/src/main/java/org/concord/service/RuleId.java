package org.concord.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rule (R-…) a field of a form or transfer object serves, so that a refused value can be reported with its rule
 * id next to its field (problem details, form messages).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RuleId {
    String value();
}
