package org.concord.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused an action. Carries the rule id (R-…), the field the rule speaks of as an RFC 6901 JSON
 * pointer into the submitted form ({@code /description}, {@code /annexes/0}, {@code /absences/0/to}; {@code null}
 * for the whole action), a message key of the resource bundles and the arguments of that message. It carries no
 * text of its own: the page and the API resolve the key from the same bundles in the reader's language. Rolls the
 * transaction back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String ruleId;
    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public RuleViolation(String ruleId, String field, String messageKey, Object... arguments) {
        this(ruleId + " " + messageKey + (field == null ? "" : " at " + field), ruleId, field, messageKey,
                arguments);
    }

    private RuleViolation(String logLine, String ruleId, String field, String messageKey, Object[] arguments) {
        super(logLine);
        this.ruleId = ruleId;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /**
     * @deprecated the English sentence is a second source of truth beside the key; being removed (issue 20). Use
     *             {@link #RuleViolation(String, String, String, Object...)}.
     */
    @Deprecated(forRemoval = true)
    public RuleViolation(String ruleId, String field, String messageKey, String message) {
        this(message, ruleId, field, messageKey, new Object[0]);
    }

    public String ruleId() {
        return ruleId;
    }

    /** An RFC 6901 JSON pointer into the submitted form, or {@code null} for the whole action. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The arguments of the message ({0}, {1}, … in the bundle's pattern). */
    public List<Object> arguments() {
        return arguments;
    }
}
