package org.concord.service.mediation;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.concord.domain.mediation.MediationRole;
import org.concord.domain.mediation.MediationState;

/** A line of a list of mediations: the caller's own, or every one for the Center. */
public record MediationSummary(
        UUID id,
        String reference,
        MediationState state,
        Instant requestedAt,
        MediationRole yourRole,
        boolean linkedToProcedure)
        implements Serializable {}
