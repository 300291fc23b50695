package org.concord.service.procedure;

import jakarta.ejb.ApplicationException;

/**
 * An {@code Idempotency-Key} that cannot be honoured: reused for a different filing, or the first filing under it is
 * still being processed. Nothing is filed; the message says which.
 */
@ApplicationException(rollback = true)
public class IdempotencyConflict extends RuntimeException {

    private final boolean inProgress;

    public IdempotencyConflict(boolean inProgress, String message) {
        super(message);
        this.inProgress = inProgress;
    }

    /** True: retry later (409). False: the key belongs to another filing (422). */
    public boolean inProgress() {
        return inProgress;
    }
}
