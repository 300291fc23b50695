package org.concord.service.representation;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.concord.domain.procedure.ParticipantRole;

/**
 * R-ACC.3: a power of attorney as staff review it: who filed it, what it names (reference and address as typed), the
 * Party and Procedure that matches if any, the document, and the decision.
 *
 * @param matched whether the reference and address name a Party of a Procedure (staff only ever see this)
 * @param partyRole the Party's role in the Procedure named, when matched
 * @param representativeRole the filer's own role in that Procedure already, if any (e.g. it is the other side)
 */
public record PowerOfAttorneyView(
        UUID id,
        String state,
        Instant filedAt,
        String representative,
        String representativeEmail,
        String reference,
        String partyEmail,
        boolean matched,
        UUID procedure,
        String party,
        ParticipantRole partyRole,
        ParticipantRole representativeRole,
        String filename,
        String mediaType,
        long size,
        String sha256,
        String decidedBy,
        String reason,
        Instant decidedAt,
        boolean mayDecide)
        implements Serializable {}
