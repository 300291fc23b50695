package org.concord.domain.mediation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;

/**
 * R-M2, the circle of a mediation: its two Parties, the representatives each names for its side, and the mediator
 * from its acceptance (with the Center, which is in no side); and, R-ACC.3, the representatives a Party authorised
 * for all its matters or for this mediation, while the authorisation is in force. A collaborator of {@link Mediation}
 * over the list mapped on it, built on each use, holding no state of its own.
 */
final class MediationCircle {

    private final Mediation mediation;
    private final List<MediationParticipant> participants;

    MediationCircle(Mediation mediation, List<MediationParticipant> participants) {
        this.mediation = mediation;
        this.participants = participants;
    }

    /**
     * The account's part: its own (by address), or, R-ACC.3, a representative's on the side of a Party that authorised
     * it for all its matters or for this mediation. An authorisation revoked ends that part at once.
     */
    Optional<MediationParticipant> participationOf(UserAccount account) {
        Optional<MediationParticipant> own =
                participants.stream().filter(p -> p.is(account)).findFirst();
        if (own.isPresent() || account == null) {
            return own;
        }
        return participants.stream()
                .filter(p ->
                        p.role() == MediationRole.PARTY && account.representsInMediation(p.email(), mediation.id()))
                .findFirst()
                .map(party -> MediationParticipant.authorisedFor(mediation, account, party));
    }

    MediationParticipant party(Side side) {
        return participants.stream()
                .filter(p -> p.role() == MediationRole.PARTY && p.side().orElseThrow() == side)
                .findFirst()
                .orElseThrow();
    }

    Optional<String> mediator() {
        return participants.stream()
                .filter(p -> p.role() == MediationRole.MEDIATOR)
                .map(MediationParticipant::email)
                .findFirst();
    }

    void join(String email, MediationRole role, Side side, Instant at) {
        participants.add(new MediationParticipant(mediation, email, role, side, at));
    }

    /** R-M2: a Party names a representative for its side, by an address not yet in the circle, until the end. */
    void addRepresentative(UserAccount party, String email, Instant at) {
        Side side = mediation
                .sideOf(party)
                .filter(s -> mediation.roleOf(party).orElse(null) == MediationRole.PARTY)
                .orElseThrow(() -> new RuleViolation("R-M2", null, "rule.mediation.notParty"));
        mediation.requireNotEnded();
        String address;
        try {
            address = UserAccount.normaliseEmail(email);
        } catch (IllegalArgumentException notAnAddress) {
            throw new RuleViolation("R-M2", "/email", "rule.mediation.representativeEmail");
        }
        if (participants.stream().anyMatch(p -> p.email().equals(address))) {
            throw new RuleViolation("R-M2", "/email", "rule.mediation.alreadyInCircle");
        }
        join(address, MediationRole.REPRESENTATIVE, side, at);
    }
}
