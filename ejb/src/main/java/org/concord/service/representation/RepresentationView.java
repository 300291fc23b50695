package org.concord.service.representation;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.concord.domain.account.Representation;
import org.concord.domain.account.UserAccount;

/**
 * R-ACC.3: one authorisation as its Party and its representative see it: who for whom, since when, what it covers
 * (one Procedure, one mediation, or all), on what basis, and what the viewer may do with it. The filer of a power of
 * attorney sees, until staff accepted it, only what it typed ({@code reference}, {@code partyEmail}): never whether it
 * named a Party (R-13.1, R-ACC.1).
 */
public record RepresentationView(
        UUID id,
        String party,
        String partyEmail,
        String organisation,
        String representative,
        String representativeEmail,
        UUID procedure,
        UUID mediation,
        boolean allProcedures,
        String scope,
        String basis,
        String state,
        String reference,
        String reason,
        Instant createdAt,
        Instant since,
        Instant endedAt,
        boolean document,
        boolean mayAccept,
        boolean mayRevoke)
        implements Serializable {

    /** What an authorisation covers, as the pages show it. */
    public static final String ALL = "ALL";

    public static final String PROCEDURE = "PROCEDURE";
    public static final String MEDIATION = "MEDIATION";

    static RepresentationView of(Representation r, UserAccount viewer) {
        boolean known = r.mayKnowParty(viewer);
        String scope = r.mediationId().isPresent() ? MEDIATION : r.procedureId().isPresent() ? PROCEDURE : ALL;
        if (!known) {
            scope = PROCEDURE;
        }
        return new RepresentationView(
                r.id(),
                known ? r.partyName().orElse(null) : null,
                known && r.principal() != null
                        ? r.principal().email()
                        : r.filedPartyEmail().orElse(null),
                known ? r.organisation().map(o -> o.name()).orElse(null) : null,
                r.representative().map(UserAccount::displayName).orElse(r.representativeEmail()),
                r.representativeEmail(),
                known ? r.procedureId().orElse(null) : null,
                r.mediationId().orElse(null),
                known && r.coversAll(),
                scope,
                r.basis().name(),
                r.state().name(),
                r.filedReference().orElse(null),
                r.reason().orElse(null),
                r.createdAt(),
                r.authorisedAt().orElse(null),
                r.endedAt().orElse(null),
                r.mayReadDocument(viewer),
                r.mayAccept(viewer),
                r.mayRevoke(viewer));
    }
}
