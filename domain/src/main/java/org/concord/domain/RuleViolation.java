package org.concord.domain;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused an action. Carries the rule id (R-…), the field the rule speaks of (a property path such
 * as {@code description}, or {@code null} for the whole action) and a message key of the resource bundles, so that
 * every layer can say which field and which rule. Rolls the transaction back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String ruleId;
    private final String field;
    private final String messageKey;

    public RuleViolation(String ruleId, String field, String messageKey, String message) {
        super(message);
        this.ruleId = ruleId;
        this.field = field;
        this.messageKey = messageKey;
    }

    public String ruleId() {
        return ruleId;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
