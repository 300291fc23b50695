package org.concord.domain.procedure;

/** what the dispute is about. */
public enum Matter {
    COPYRIGHT,
    TRADEMARK
}
