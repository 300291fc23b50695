package org.concord.domain;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist <em>or</em> the caller may not know that it exists. Both cases are
 * one exception with one message, so that no layer can answer them differently.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound() {
        super("Not found");
    }
}
