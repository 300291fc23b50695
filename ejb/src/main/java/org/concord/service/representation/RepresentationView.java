package org.concord.service.representation;

import java.time.Instant;
import java.util.UUID;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;

/**
 * R-ACC.3: one authorisation as its Party and its representative see it: who for whom, since when, which Procedures
 * (one, or all), on what basis, and what the viewer may do with it.
 */
public record RepresentationView(
        UUID id,
        String party,
        String partyEmail,
        String representative,
        String representativeEmail,
        UUID procedure,
        boolean allProcedures,
        String basis,
        String state,
        Instant createdAt,
        Instant since,
        Instant endedAt,
        boolean mayAccept,
        boolean mayRevoke) {

    static RepresentationView of(Representation r, UserAccount viewer) {
        return new RepresentationView(
                r.id(),
                r.principal().displayName(),
                r.principal().email(),
                r.representative().map(UserAccount::displayName).orElse(r.representativeEmail()),
                r.representativeEmail(),
                r.procedureId().orElse(null),
                r.procedureId().isEmpty(),
                r.basis().name(),
                r.state().name(),
                r.createdAt(),
                r.authorisedAt().orElse(null),
                r.endedAt().orElse(null),
                r.mayAccept(viewer),
                r.mayRevoke(viewer));
    }
}
