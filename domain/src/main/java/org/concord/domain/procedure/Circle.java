package org.concord.domain.procedure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;

/**
 * The circle of one Procedure: its Parties, their representatives, its Neutral and the Center, who alone may
 * see it, its existence included. A participant leaves the circle when its part ends (a replaced Neutral, R-10).
 * The circle answers who acts as what ({@link #actsAs}, {@link #requireRole}), what a viewer may see (filings held
 * for unpaid fees, R-17.2) and records what leaves it. A collaborator of {@link Procedure} over the lists
 * mapped on it, built on each use, holding no state of its own.
 */
final class Circle {

    private final Procedure procedure;
    private final List<Participant> participants;
    private final List<ExternalDisclosure> externalDisclosures;

    Circle(Procedure procedure, List<Participant> participants, List<ExternalDisclosure> externalDisclosures) {
        this.procedure = procedure;
        this.participants = participants;
        this.externalDisclosures = externalDisclosures;
    }

    /** staff, or an account with a part in the Procedure now. */
    boolean isVisibleTo(UserAccount account) {
        return account != null && (account.actsForCenter() || participationOf(account).isPresent());
    }

    /** The account's part in the Procedure, as long as it lasts (a replaced Neutral has none, R-10). */
    Optional<Participant> participationOf(UserAccount account) {
        return participants.stream().filter(p -> p.isActive() && p.account().id().equals(account.id())).findFirst();
    }

    Optional<UserAccount> participant(ParticipantRole role) {
        return participants.stream().filter(p -> p.isActive() && p.role() == role).map(Participant::account)
                .findFirst();
    }

    /** The circle as it is now: a replaced Neutral is no longer in it. */
    List<Participant> active() {
        return participants.stream().filter(Participant::isActive).toList();
    }

    boolean actsAs(UserAccount account, ParticipantRole role) {
        return account != null && participationOf(account).map(Participant::role).orElse(null) == role;
    }

    boolean actsAsParty(UserAccount account) {
        return actsAs(account, ParticipantRole.REQUESTING_PARTY) || actsAs(account, ParticipantRole.RESPONDING_PARTY);
    }

    void requireRole(UserAccount by, ParticipantRole role, String ruleId, String key) {
        if (!actsAs(by, role)) {
            throw new RuleViolation(ruleId, null, key);
        }
    }

    /** The Neutral, while appointed: it conducts the Procedure. */
    boolean neutralConducts(UserAccount account) {
        return actsAs(account, ParticipantRole.NEUTRAL) && procedure.state() == ProcedureState.NEUTRAL_APPOINTED;
    }

    void requireNeutralConducting(UserAccount neutral, String ruleId) {
        requireNeutralConducting(neutral, ruleId, "rule.resolution.neutralOnly");
    }

    void requireNeutralConducting(UserAccount neutral, String ruleId, String key) {
        requireRole(neutral, ParticipantRole.NEUTRAL, ruleId, key);
        Guards.requireState(procedure.state(), ProcedureState.NEUTRAL_APPOINTED, ruleId);
    }

    void join(UserAccount account, ParticipantRole role, Instant at) {
        participants.add(new Participant(procedure, account, role, at));
    }

    /** the Neutral leaves the circle; returns its account. */
    UserAccount neutralLeaves(Instant at) {
        Participant neutral = participants.stream()
                .filter(p -> p.isActive() && p.role() == ParticipantRole.NEUTRAL).findFirst().orElseThrow();
        neutral.leave(at);
        return neutral.account();
    }

    /** The author a viewer of the circle reads as: the Center, or its role's side. */
    Communication.Author authorOf(UserAccount viewer) {
        return viewer.actsForCenter() ? Communication.Author.CENTER
                : Communication.Author.of(participationOf(viewer).orElseThrow().role());
    }

    /**
     * The sides of the Procedure for the conflict check of R-9: the platform, the Parties and their representatives,
     * by name and e-mail domain.
     */
    List<PartySide> sides(RequestContent request, Answer answered) {
        List<PartySide> sides = new ArrayList<>();
        sides.add(PartySide.of(PartySide.Kind.PLATFORM, request.platformName(),
                request.platformCorrespondenceEmail().orElse(null)));
        for (Participant p : participants) {
            PartySide.Kind kind = switch (p.role()) {
                case REQUESTING_PARTY, RESPONDING_PARTY -> PartySide.Kind.PARTY;
                case REPRESENTATIVE -> PartySide.Kind.REPRESENTATIVE;
                case NEUTRAL -> null;
            };
            if (kind != null) {
                sides.add(PartySide.of(kind, p.account().displayName(), p.account().email()));
            }
        }
        request.representative().ifPresent(r -> sides.add(PartySide.of(PartySide.Kind.REPRESENTATIVE,
                PartyName.leadingName(r), PartyName.emailIn(r))));
        if (answered.representative() != null) {
            sides.add(PartySide.of(PartySide.Kind.REPRESENTATIVE, PartyName.leadingName(answered.representative()),
                    answered.contactEmail()));
        } else if (answered.contactEmail() != null) {
            sides.add(PartySide.of(PartySide.Kind.PARTY, request.platformName(), answered.contactEmail()));
        }
        return sides;
    }

    /**
     * every released filing; a held one only to the Party that filed it and to the Center. Their
     * documents share their visibility.
     */
    List<Filing> filingsVisibleTo(List<Filing> filings, UserAccount viewer) {
        if (!isVisibleTo(viewer)) {
            return List.of();
        }
        ParticipantRole role = viewer.actsForCenter() ? null
                : participationOf(viewer).map(Participant::role).orElse(null);
        return filings.stream().filter(f -> !f.isHeld() || viewer.actsForCenter() || f.filedBy() == role).toList();
    }

    /** staff and the paying Parties (not the Neutral). */
    boolean maySeeFees(UserAccount viewer) {
        return Guards.isCenter(viewer) || actsAsParty(viewer);
    }

    /**
     * a member of the circle (or the Center) records a disclosure outside it, with its ground of 13(a). Also
     * after the Procedure ended: confidentiality outlives it.
     */
    ExternalDisclosure recordExternalDisclosure(UserAccount by, ExternalDisclosure.Ground ground, String recipient,
            String what, Instant at) {
        if (!isVisibleTo(by)) {
            throw new RuleViolation("R-13.2", null, "rule.message.notInCircle");
        }
        if (ground == null) {
            throw new RuleViolation("R-13.2", "/ground", "rule.externalDisclosure.ground");
        }
        Guards.requireText(recipient, "R-13.2", "/recipient", "rule.externalDisclosure.recipient");
        Guards.requireText(what, "R-13.2", "/what", "rule.externalDisclosure.what");
        ExternalDisclosure disclosure = new ExternalDisclosure(ground, recipient.strip(), what.strip(), by.email(),
                at);
        externalDisclosures.add(disclosure);
        return disclosure;
    }
}
