package org.concord.service.fee;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A bank statement that is not a camt.053 document Concord can read: says where (line, column, element) and what is
 * wrong. Rolls the import back: nothing of the statement is stored.
 */
@ApplicationException(rollback = true)
public class MalformedStatement extends RuntimeException {

    private final int line;
    private final int column;
    private final String element;
    private final String messageKey;
    private final transient List<Object> arguments;

    /** What is wrong is a message key of the bundles and its arguments (issue 20); the log line carries both. */
    public MalformedStatement(int line, int column, String element, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.line = line;
        this.column = column;
        this.element = element;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The arguments of the message ({0}, {1}, … in the bundle's pattern). */
    public List<Object> arguments() {
        return arguments;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The element's local name, or {@code null} where the XML itself is broken. */
    public String element() {
        return element;
    }
}
