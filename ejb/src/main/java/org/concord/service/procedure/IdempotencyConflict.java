package org.concord.service.procedure;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * An {@code Idempotency-Key} that cannot be honoured: reused for a different filing, or the first filing under it is
 * still being processed. Nothing is filed; the message key (and its arguments) says which, in the reader's language.
 */
@ApplicationException(rollback = true)
public class IdempotencyConflict extends RuntimeException {

    private final boolean inProgress;
    private final String messageKey;
    private final transient List<Object> arguments;

    public IdempotencyConflict(boolean inProgress, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.inProgress = inProgress;
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

    /** True: retry later (409). False: the key belongs to another filing (422). */
    public boolean inProgress() {
        return inProgress;
    }
}
