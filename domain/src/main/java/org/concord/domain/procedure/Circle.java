package org.concord.domain.procedure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;

/**
 * The circle of one Procedure: its Parties, their representatives, its Neutral and the Center, who alone may
 * see it, its existence included. A participant leaves the circle when its part ends (a replaced Neutral, R-10).
 * The circle answers who acts as what ({@link #actsAs}, {@link #requireRole}), what a viewer may see (filings held
 * for unpaid fees, R-17.2) and records what leaves it. A collaborator of {@link Procedure} over the lists
 * mapped on it, built on each use, holding no state of its own.
 */
public final class Circle {

    private final Procedure procedure;
    private final List<Participant> participants;
    private final List<ExternalDisclosure> externalDisclosures;
    private final List<Filing> filings;

    Circle(
            Procedure procedure,
            List<Participant> participants,
            List<ExternalDisclosure> externalDisclosures,
            List<Filing> filings) {
        this.procedure = procedure;
        this.participants = participants;
        this.externalDisclosures = externalDisclosures;
        this.filings = filings;
    }

    /** staff, or an account with a part in the Procedure now. */
    public boolean isVisibleTo(UserAccount account) {
        return account != null
                && (account.actsForCenter() || participationOf(account).isPresent());
    }

    /**
     * The account's part in the Procedure, as long as it lasts (a replaced Neutral has none, R-10); an active member of
     * a participating organisation takes its part, a former member none (R-ACC.2).
     */
    public Optional<Participant> participationOf(UserAccount account) {
        return participants.stream()
                .filter(p -> p.isActive() && p.includes(account))
                .findFirst();
    }

    /**
     * R-ACC.3: the Party the account is itself (not through an organisation or a representation).
     */
    public Optional<Participant> ownPartyPartOf(UserAccount account) {
        return participants.stream()
                .filter(p -> p.isActive() && p.isParty() && p.isOwnAccount(account))
                .findFirst();
    }

    /**
     * R-ACC.3, R-ACC.2: the Party for which the account may authorise representatives in this Procedure: the Party it
     * is itself, or an organisation that is a Party and that it manages. A representative does not delegate.
     */
    public Optional<Participant> partyAuthorisableBy(UserAccount account) {
        return participants.stream().filter(p -> p.isAuthorisableBy(account)).findFirst();
    }

    /**
     * R-ACC.3: the Party (or a manager of the organisation that is the Party) authorises a representative's address
     * for this Procedure only, or for all of the Party's (an account's: its Procedures and mediations; an
     * organisation's: its Procedures).
     */
    Representation authoriseRepresentative(UserAccount by, String email, boolean thisProcedureOnly, Instant at) {
        Participant party = partyAuthorisableBy(by)
                // A refusal of the caller, not of a field: 409 naming the rule (issue 22's access matrix).
                .orElseThrow(() -> new RuleViolation("R-ACC.3", null, "rule.representation.partyOnly"));
        UUID scope = thisProcedureOnly ? procedure.id() : null;
        if (party.organisation().isPresent()) {
            Organisation organisation = party.organisation().get();
            Representation r = Representation.invite(organisation, by, email, scope, at);
            organisation.authorises(r);
            return r;
        }
        Representation r = Representation.invite(by, email, scope, at);
        by.authorises(r);
        return r;
    }

    /**
     * R-ACC.3, R-13.1: a power of attorney filed with this Procedure's reference is matched to the Party its address
     * names: the account that is the Party, or an active member of the organisation that is (then the organisation is
     * the Party). A filing that names none stays unmatched, for staff to refuse; only staff learn which it was.
     */
    void match(Representation filed) {
        String email = filed.filedPartyEmail().orElse(null);
        for (Participant p : participants) {
            if (!p.isActive() || !p.isParty()) {
                continue;
            }
            Optional<UserAccount> named = p.organisation().isPresent()
                    ? p.organisation().get().activeMembers().stream()
                            .filter(m -> m.email().equals(email))
                            .findFirst()
                    : Optional.of(p.account()).filter(a -> a.email().equals(email));
            if (named.isPresent()) {
                filed.concerns(named.get(), p.organisation().orElse(null), procedure.id());
                return;
            }
        }
    }

    /** R-ACC.3: the authorisations in force for this Procedure (the other side and staff see them), by Party. */
    public List<Representation> representations() {
        return participants.stream()
                .filter(Participant::isActive)
                .flatMap(p -> p.representations().stream())
                .toList();
    }

    /**
     * R-ACC.3: the Party (its participant) an authorisation for this Procedure is for, in any state: the organisation
     * that is the Party, or the account that is.
     */
    public Optional<Participant> partyOf(Representation representation) {
        return participants.stream()
                .filter(p -> p.isActive() && p.isParty())
                .filter(p -> representation
                        .organisation()
                        .map(o ->
                                p.organisation().map(x -> x.id().equals(o.id())).orElse(false))
                        .orElseGet(() -> p.isOwnAccount(representation.principal())))
                .findFirst();
    }

    /** The one account that stands for the role ({@link Participant#contact}). */
    public Optional<UserAccount> participant(ParticipantRole role) {
        return participants.stream()
                .filter(p -> p.isActive() && p.role() == role)
                .map(Participant::contact)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * R-C1, R-ACC.2, R-ACC.3: everyone who acts in the role now (each active member of an organisation, each active
     * representative), once each, for mails.
     */
    public List<UserAccount> accountsOf(ParticipantRole role) {
        return once(participants.stream().filter(p -> p.isActive() && p.role() == role));
    }

    /** R-C1, R-ACC.2, R-ACC.3: everyone who acts in the circle now, once each, for mails. */
    public List<UserAccount> accounts() {
        return once(participants.stream().filter(Participant::isActive));
    }

    /** R-C1, R-ACC.2, R-ACC.3: everyone who acts in the circle now except in {@code role}, once each, for mails. */
    public List<UserAccount> accountsExcept(ParticipantRole role) {
        return once(participants.stream().filter(p -> p.isActive() && p.role() != role));
    }

    private static List<UserAccount> once(java.util.stream.Stream<Participant> acting) {
        java.util.Map<UUID, UserAccount> byId = new java.util.LinkedHashMap<>();
        acting.flatMap(p -> p.accounts().stream()).forEach(a -> byId.putIfAbsent(a.id(), a));
        return List.copyOf(byId.values());
    }

    /** The circle as it is now: a replaced Neutral is no longer in it. */
    public List<Participant> participants() {
        return participants.stream().filter(Participant::isActive).toList();
    }

    public UserAccount requestingParty() {
        return participant(ParticipantRole.REQUESTING_PARTY).orElseThrow();
    }

    /** Every filing, held ones included, in the order filed. */
    public List<Filing> filings() {
        return Collections.unmodifiableList(filings);
    }

    /** The Request as filed, held until the filing fee is paid. */
    public Filing requestFiling() {
        return filings.stream()
                .filter(f -> f.kind() == Filing.Kind.REQUEST)
                .findFirst()
                .orElseThrow();
    }

    /** The Answer, once filed. */
    public Optional<Filing> answerFiling() {
        return filings.stream().filter(f -> f.kind() == Filing.Kind.ANSWER).findFirst();
    }

    /** the disclosures outside the circle recorded so far. */
    public List<ExternalDisclosure> externalDisclosures() {
        return Collections.unmodifiableList(externalDisclosures);
    }

    /** staff, a filed Request whose filing fee is paid. */
    boolean mayCommence(UserAccount viewer) {
        return procedure.state() == ProcedureState.REQUEST_FILED
                && Guards.isCenter(viewer)
                && !requestFiling().isHeld();
    }

    /** the Responding Party, commenced and running, not yet answered. */
    boolean mayAnswer(UserAccount viewer) {
        return actsAs(viewer, ParticipantRole.RESPONDING_PARTY)
                && Guards.isConducted(procedure.state())
                && answerFiling().isEmpty();
    }

    boolean actsAs(UserAccount account, ParticipantRole role) {
        return account != null
                && participationOf(account).map(Participant::role).orElse(null) == role;
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

    /**
     * staff commence a filed Request whose filing fee is paid; the Responding Party, a Party other
     * than the Requesting Party, joins the circle.
     */
    void admitRespondingParty(UserAccount respondingParty, UserAccount checkedBy, Instant at) {
        Guards.requireState(procedure.state(), ProcedureState.REQUEST_FILED, "R-6");
        Guards.requireCenter(checkedBy, "R-6", "rule.commence.centerOnly");
        if (requestFiling().isHeld()) {
            throw new RuleViolation("R-6", null, "rule.commence.feeUnpaid");
        }
        if (respondingParty == null || !respondingParty.hasRole(Role.PARTY)) {
            throw new RuleViolation("R-6", "/respondingParty", "rule.commence.respondingParty");
        }
        if (participationOf(respondingParty).isPresent()) {
            throw new RuleViolation("R-6", "/respondingParty", "rule.commence.sameParty");
        }
        join(respondingParty, ParticipantRole.RESPONDING_PARTY, at);
    }

    /**
     * R-6, R-ACC.2: the Responding Party is a platform organisation with active members; the Requesting Party is not
     * one of them. The account named in the record is its first active manager.
     */
    void admitRespondingOrganisation(Organisation platform, UserAccount checkedBy, Instant at) {
        Guards.requireState(procedure.state(), ProcedureState.REQUEST_FILED, "R-6");
        Guards.requireCenter(checkedBy, "R-6", "rule.commence.centerOnly");
        if (requestFiling().isHeld()) {
            throw new RuleViolation("R-6", null, "rule.commence.feeUnpaid");
        }
        if (platform == null || platform.kind() != OrganisationKind.ONLINE_PLATFORM) {
            throw new RuleViolation("R-6", "/organisation", "rule.commence.notPlatform");
        }
        List<UserAccount> members = platform.activeMembers();
        if (members.isEmpty()) {
            throw new RuleViolation("R-6", "/organisation", "rule.commence.noMembers");
        }
        if (members.stream().anyMatch(m -> participationOf(m).isPresent())) {
            throw new RuleViolation("R-6", "/organisation", "rule.commence.sameParty");
        }
        participants.add(new Participant(procedure, platform, members.get(0), ParticipantRole.RESPONDING_PARTY, at));
    }

    /** the Responding Party answers once, while the Procedure is conducted. */
    void requireMayAnswer(UserAccount by) {
        requireRole(by, ParticipantRole.RESPONDING_PARTY, "R-7", "rule.answer.respondingPartyOnly");
        Guards.requireConducted(procedure.state(), "R-7");
        if (answerFiling().isPresent()) {
            throw new RuleViolation("R-7", null, "rule.answer.once");
        }
    }

    /** the filings held for {@code payer}, released now. */
    List<Filing> releaseHeld(ParticipantRole payer, Instant at) {
        List<Filing> released =
                filings.stream().filter(f -> f.filedBy() == payer && f.isHeld()).toList();
        released.forEach(f -> f.release(at));
        return released;
    }

    void join(UserAccount account, ParticipantRole role, Instant at) {
        participants.add(new Participant(procedure, account, role, at));
    }

    /** the Neutral leaves the circle; returns its account. */
    UserAccount neutralLeaves(Instant at) {
        Participant neutral = participants.stream()
                .filter(p -> p.isActive() && p.role() == ParticipantRole.NEUTRAL)
                .findFirst()
                .orElseThrow();
        neutral.leave(at);
        return neutral.account();
    }

    /** The author a viewer of the circle reads as: the Center, or its role's side. */
    Communication.Author authorOf(UserAccount viewer) {
        return viewer.actsForCenter()
                ? Communication.Author.CENTER
                : Communication.Author.of(participationOf(viewer).orElseThrow().role());
    }

    /**
     * The sides of the Procedure for the conflict check of R-9: the platform, the Parties and their representatives,
     * by name and e-mail domain.
     */
    public List<PartySide> sides() {
        RequestContent request = procedure.request();
        Answer answered = procedure.answerPart();
        List<PartySide> sides = new ArrayList<>();
        sides.add(PartySide.of(
                PartySide.Kind.PLATFORM,
                request.platformName(),
                request.platformCorrespondenceEmail().orElse(null)));
        for (Participant p : participants) {
            PartySide.Kind kind = switch (p.role()) {
                case REQUESTING_PARTY, RESPONDING_PARTY -> PartySide.Kind.PARTY;
                case REPRESENTATIVE -> PartySide.Kind.REPRESENTATIVE;
                case NEUTRAL -> null;
            };
            if (kind != null && p.organisation().isPresent()) {
                Organisation organisation = p.organisation().get();
                sides.add(new PartySide(
                        kind,
                        organisation.name(),
                        organisation.domains().stream().findFirst().orElse(null)));
                organisation.aliases().stream()
                        .filter(alias -> !alias.equalsIgnoreCase(organisation.name()))
                        .forEach(alias -> sides.add(new PartySide(PartySide.Kind.PLATFORM, alias, null)));
            } else if (kind != null) {
                sides.add(PartySide.of(
                        kind, p.account().displayName(), p.account().email()));
            }
        }
        request.representative()
                .ifPresent(r -> sides.add(
                        PartySide.of(PartySide.Kind.REPRESENTATIVE, PartyName.leadingName(r), PartyName.emailIn(r))));
        if (answered.representative() != null) {
            sides.add(PartySide.of(
                    PartySide.Kind.REPRESENTATIVE,
                    PartyName.leadingName(answered.representative()),
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
    public List<Filing> filingsVisibleTo(UserAccount viewer) {
        if (!isVisibleTo(viewer)) {
            return List.of();
        }
        ParticipantRole role = viewer.actsForCenter()
                ? null
                : participationOf(viewer).map(Participant::role).orElse(null);
        return filings.stream()
                .filter(f -> !f.isHeld() || viewer.actsForCenter() || f.filedBy() == role)
                .toList();
    }

    /** staff and the paying Parties (not the Neutral). */
    boolean maySeeFees(UserAccount viewer) {
        return Guards.isCenter(viewer) || actsAsParty(viewer);
    }

    boolean mayReadAnswerRequirements(UserAccount viewer) {
        return Guards.isCenter(viewer) || actsAs(viewer, ParticipantRole.RESPONDING_PARTY);
    }

    /**
     * a member of the circle (or the Center) records a disclosure outside it, with its ground of 13(a). Also
     * after the Procedure ended: confidentiality outlives it.
     */
    ExternalDisclosure recordExternalDisclosure(
            UserAccount by, ExternalDisclosure.Ground ground, String recipient, String what, Instant at) {
        if (!isVisibleTo(by)) {
            throw new RuleViolation("R-13.2", null, "rule.message.notInCircle");
        }
        if (ground == null) {
            throw new RuleViolation("R-13.2", "/ground", "rule.externalDisclosure.ground");
        }
        Guards.requireText(recipient, "R-13.2", "/recipient", "rule.externalDisclosure.recipient");
        Guards.requireText(what, "R-13.2", "/what", "rule.externalDisclosure.what");
        ExternalDisclosure disclosure = new ExternalDisclosure(ground, recipient.strip(), what.strip(), by.email(), at);
        externalDisclosures.add(disclosure);
        return disclosure;
    }
}
