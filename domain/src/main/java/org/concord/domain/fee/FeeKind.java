package org.concord.domain.fee;

import org.concord.domain.procedure.ParticipantRole;

/** The fees of, each owed by one Party. */
public enum FeeKind {
    /** The Requesting Party's filing fee, due with the Request. */
    FILING(ParticipantRole.REQUESTING_PARTY),
    /** The Responding Party's administration fee, due on commencement. */
    ADMINISTRATION(ParticipantRole.RESPONDING_PARTY),
    /** The Responding Party's contribution to the Neutral's fee, due on commencement. */
    NEUTRAL(ParticipantRole.RESPONDING_PARTY);

    private final ParticipantRole payer;

    FeeKind(ParticipantRole payer) {
        this.payer = payer;
    }

    public ParticipantRole payer() {
        return payer;
    }

    /** The kinds of fee {@code payer} owes under every schedule (17(a)), in the schedule's order. */
    public static java.util.List<FeeKind> owedBy(ParticipantRole payer) {
        return java.util.Arrays.stream(values())
                .filter(kind -> kind.payer == payer)
                .toList();
    }
}
