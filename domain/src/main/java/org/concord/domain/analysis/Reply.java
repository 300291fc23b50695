package org.concord.domain.analysis;

/** An answer to a {@link Question}. */
public enum Reply {
    YES,
    NO,
    NOT_SURE
}
