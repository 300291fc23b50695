package org.concord.service.procedure;

import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;

/**
 * what the Procedure asks of the fees, implemented by the fee context (which depends on this one, not the
 * reverse).
 */
public interface FeeStanding {

    /** Whether {@code payer} has paid every fee it owes in the Procedure. */
    boolean paidInFull(Procedure procedure, ParticipantRole payer);
}
