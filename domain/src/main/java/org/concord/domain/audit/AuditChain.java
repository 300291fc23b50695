package org.concord.domain.audit;

import java.util.List;
import java.util.Optional;

/** verification of a Procedure's audit trail. */
public final class AuditChain {

    private AuditChain() {
    }

    /** Where the chain first breaks: the entry's position and why; empty when every entry is intact and in order. */
    public record Break(long sequence, String reason) {
    }

    /**
     * Checks {@code entries} (in sequence order): numbered 1, 2, 3… without gaps, each hash the hash of its own
     * content, each linked to the hash before it; and the last one is the head recorded apart ({@code head}), so that
     * entries cut off at the end are found too.
     */
    public static Optional<Break> verify(List<AuditEntry> entries, AuditEntry.Head head) {
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        for (AuditEntry e : entries) {
            if (e.sequence() != expected) {
                return Optional.of(new Break(expected, "entry " + expected + " is missing"));
            }
            if (!e.previousHash().equals(previous)) {
                return Optional.of(new Break(e.sequence(), "not linked to the entry before it"));
            }
            if (!e.computeHash().equals(e.hash())) {
                return Optional.of(new Break(e.sequence(), "its content was changed"));
            }
            previous = e.hash();
            expected++;
        }
        if (head != null && (head.sequence() != expected - 1 || !head.hash().equals(previous))) {
            return Optional.of(new Break(expected, "entries after " + (expected - 1) + " were removed"));
        }
        return Optional.empty();
    }
}
