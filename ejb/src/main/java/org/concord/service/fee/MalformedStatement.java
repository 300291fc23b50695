package org.concord.service.fee;

import jakarta.ejb.ApplicationException;

/**
 * A bank statement that is not a camt.053 document Concord can read: says where (line, column, element) and what is
 * wrong. Rolls the import back: nothing of the statement is stored.
 */
@ApplicationException(rollback = true)
public class MalformedStatement extends RuntimeException {

    private final int line;
    private final int column;
    private final String element;

    public MalformedStatement(int line, int column, String element, String message) {
        super(message);
        this.line = line;
        this.column = column;
        this.element = element;
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
