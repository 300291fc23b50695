package org.concord.domain.audit;

import java.util.List;
import java.util.Optional;

/** verification of a Procedure's audit trail. */
public final class AuditChain {

    private AuditChain() {}

    /** Where the chain first breaks: the entry's position and why; empty when every entry is intact and in order. */
    public record Break(long sequence, String reason) {}

    /**
     * One link of a hash chain: its position, the hash it names as the one before it, the hash stored with it, and the
     * hash of its content computed afresh.
     */
    public record Link(long sequence, String previousHash, String hash, String contentHash, boolean erased) {

        public Link(long sequence, String previousHash, String hash, String contentHash) {
            this(sequence, previousHash, hash, contentHash, false);
        }

        /**
         * R-OPS.3: a link whose content was erased past its retention period: it keeps its place and its stored hash,
         * which the next link still names, so that removing, reordering or replacing it is still found; only its
         * own content can no longer be checked.
         */
        public static Link erased(long sequence, String previousHash, String hash) {
            return new Link(sequence, previousHash, hash, null, true);
        }
    }

    /** Checks a Procedure's (or a mediation's) audit trail, as {@link #verifyLinks} does. */
    public static Optional<Break> verify(List<AuditEntry> entries, AuditEntry.Head head) {
        return verifyLinks(entries.stream().map(AuditEntry::link).toList(), head);
    }

    /**
     * Checks {@code links} (in sequence order): numbered 1, 2, 3… without gaps, each hash the hash of its own
     * content, each linked to the hash before it; and the last one is the head recorded apart ({@code head}, if there
     * is one), so that links cut off at the end are found too. Audit trails and the statistics ledger are
     * both such chains.
     */
    public static Optional<Break> verifyLinks(List<Link> links, AuditEntry.Head head) {
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        for (Link link : links) {
            if (link.sequence() != expected) {
                return Optional.of(new Break(expected, "entry " + expected + " is missing"));
            }
            if (!link.previousHash().equals(previous)) {
                return Optional.of(new Break(link.sequence(), "not linked to the entry before it"));
            }
            if (!link.erased() && !link.contentHash().equals(link.hash())) {
                return Optional.of(new Break(link.sequence(), "its content was changed"));
            }
            previous = link.hash();
            expected++;
        }
        if (head != null && (head.sequence() != expected - 1 || !head.hash().equals(previous))) {
            return Optional.of(new Break(expected, "entries after " + (expected - 1) + " were removed"));
        }
        return Optional.empty();
    }
}
