package org.concord.domain;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
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
        super(ruleId + " " + messageKey + (field == null ? "" : " at " + field));
        this.ruleId = ruleId;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
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
