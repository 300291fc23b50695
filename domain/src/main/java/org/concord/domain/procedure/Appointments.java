package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.Suspension;

/**
 * The appointment sequence of one Procedure: invitations, their lapse, acceptance and declination, the
 * Neutral's disclosures (9(c)), the replacement of a Neutral and the suspensions it causes. A collaborator of
 * {@link Procedure}: it checks who acts and in which state ({@code may…} and the verbs' guards share the checks) and
 * the invitations' own rules; the Procedure records the change of state and of the circle. It wraps the lists that
 * stay mapped on the Procedure (no collection inside an embeddable), so it is built on each use and holds no state
 * of its own.
 */
public final class Appointments {

    /** The words of 9(b), recorded when the candidate confirms without words of its own. */
    public static final String DECLARATION = "There are no circumstances that might give rise to justifiable doubt "
            + "as to my impartiality or independence (Article 9(b)).";

    private final Procedure procedure;
    private final List<NeutralAppointment> appointments;
    private final List<SuspensionPeriod> suspensions;
    private final List<Disclosure> disclosures;

    Appointments(
            Procedure procedure,
            List<NeutralAppointment> appointments,
            List<SuspensionPeriod> suspensions,
            List<Disclosure> disclosures) {
        this.procedure = procedure;
        this.appointments = appointments;
        this.suspensions = suspensions;
        this.disclosures = disclosures;
    }

    /** staff, commenced, no Neutral yet. */
    boolean mayInvite(UserAccount viewer) {
        return Guards.isCenter(viewer) && procedure.state() == ProcedureState.COMMENCED;
    }

    /**
     * the Center invites a candidate from its list of neutrals, with the conflicts the check of R-9 found
     * (they block acceptance until staff override them). One invitation at a time, while the Procedure has commenced
     * and has no Neutral; unanswered at {@code expiresAt}, it lapses. A Neutral replaced in this Procedure is not
     * invited again. R-PLAT.3: an invitation by staff while the Answer is awaited ({@code early}) needs a reason.
     */
    NeutralAppointment invite(
            UserAccount candidate,
            UserAccount staff,
            List<Conflict> conflicts,
            boolean automatic,
            boolean early,
            String earlyReason,
            Instant at,
            Instant expiresAt) {
        Guards.requireCenter(staff, "R-8.1", "rule.appointment.centerOnly");
        Guards.requireState(procedure.state(), ProcedureState.COMMENCED, "R-8.1");
        String reason = early && !automatic ? Guards.strippedOrNull(earlyReason) : null;
        if (early && !automatic && reason == null) {
            throw new RuleViolation("R-PLAT.3", "/earlyReason", "rule.appointment.earlyReason");
        }
        if (candidate == null || !candidate.hasRole(Role.NEUTRAL)) {
            throw new RuleViolation("R-8.1", "/neutral", "rule.neutral.notNeutral");
        }
        if (pending().isPresent()) {
            throw new RuleViolation("R-8.1", "/neutral", "rule.appointment.pending");
        }
        if (appointments.stream()
                .anyMatch(a -> a.isOf(candidate) && a.status() == NeutralAppointment.Status.REPLACED)) {
            throw new RuleViolation("R-10", "/neutral", "rule.appointment.replacedBefore");
        }
        if (!expiresAt.isAfter(at)) {
            throw new IllegalArgumentException("an invitation must leave time to answer");
        }
        NeutralAppointment invitation = new NeutralAppointment(
                procedure, candidate, staff.email(), automatic, conflicts, reason, at, expiresAt);
        appointments.add(invitation);
        return invitation;
    }

    /** whether a conflict blocks the invited candidate (staff may override it). */
    boolean pendingIsBlocked() {
        return pending().map(NeutralAppointment::isBlocked).orElse(false);
    }

    /** staff, the invited candidate is blocked by a conflict. */
    boolean mayOverride(UserAccount viewer) {
        return Guards.isCenter(viewer) && pendingIsBlocked();
    }

    /**
     * a member of staff lets the invited candidate accept despite the conflicts found, saying why. The reason is
     * recorded on the invitation and in the audit trail.
     */
    NeutralAppointment override(UserAccount staff, String reason, Instant at) {
        Guards.requireCenter(staff, "R-9", "rule.appointment.centerOnly");
        NeutralAppointment invitation =
                pending().orElseThrow(() -> new RuleViolation("R-9", null, "rule.appointment.noInvitation"));
        if (!invitation.isBlocked()) {
            throw new RuleViolation("R-9", null, "rule.appointment.noConflict");
        }
        if (Guards.strippedOrNull(reason) == null) {
            throw new RuleViolation("R-9", "/reason", "rule.appointment.overrideReason");
        }
        invitation.override(staff.email(), reason.strip(), at);
        return invitation;
    }

    Optional<NeutralAppointment> lapse(Instant at) {
        Optional<NeutralAppointment> lapsed =
                pending().filter(a -> !a.expiresAt().isAfter(at));
        lapsed.ifPresent(a -> a.lapse(at));
        return lapsed;
    }

    /** Everyone already invited in this Procedure, whatever came of it: Concord does not invite them again. */
    public Set<UUID> invitedCandidates() {
        return appointments.stream().map(a -> a.candidate().id()).collect(Collectors.toSet());
    }

    /** Whether {@code account} is the candidate invited now. */
    boolean isInvited(UserAccount account) {
        return account != null && pending().filter(a -> a.isOf(account)).isPresent();
    }

    private NeutralAppointment invitationOf(UserAccount candidate) {
        return pending()
                .filter(a -> candidate != null && a.isOf(candidate))
                .orElseThrow(() -> new RuleViolation("R-9", null, "rule.appointment.notInvited"));
    }

    /**
     * R-9 (9(b)): the invited candidate accepts, confirming that no circumstances might give rise to justifiable doubt
     * as to its impartiality or independence. The conflict check runs again ({@code conflictsNow}); a conflict staff
     * have not overridden blocks acceptance. A replacement's suspension ends. The Procedure then adds the
     * Neutral to the circle of; the Resolution period runs from the first appointment, suspended days not
     * counted (reading of R-10).
     */
    NeutralAppointment accept(
            UserAccount candidate,
            boolean confirmsImpartiality,
            String declaration,
            List<Conflict> conflictsNow,
            Instant at) {
        NeutralAppointment invitation = invitationOf(candidate);
        if (!confirmsImpartiality) {
            throw new RuleViolation("R-9", "/confirmsImpartiality", "rule.appointment.declarationRequired");
        }
        invitation.recheck(conflictsNow);
        if (invitation.isBlocked()) {
            // (Object): one String argument would pick the deprecated constructor whose fourth String is a sentence
            throw new RuleViolation("R-9", null, "rule.appointment.conflict", (Object)
                    invitation.conflicts().stream().map(Conflict::describe).collect(Collectors.joining("; ")));
        }
        String words = Guards.strippedOrNull(declaration);
        invitation.accept(words == null ? DECLARATION : words, at);
        LocalDate resumed = org.concord.domain.time.GenevaTime.dateOf(at);
        openSuspension().ifPresent(s -> {
            if (!s.end(resumed)) {
                suspensions.remove(s);
            }
        });
        return invitation;
    }

    NeutralAppointment decline(UserAccount candidate, String reason, Instant at) {
        NeutralAppointment invitation = invitationOf(candidate);
        invitation.decline(reason == null ? "" : reason.strip(), at);
        return invitation;
    }

    /** R-9 (9(c)): the appointed Neutral. */
    boolean mayDisclose(UserAccount viewer) {
        return procedure.circle().neutralConducts(viewer);
    }

    /** 9(c): the Neutral discloses new circumstances at any stage; the Parties and the Center are told. */
    Disclosure disclose(UserAccount neutral, String circumstances, Instant at) {
        procedure.circle().requireNeutralConducting(neutral, "R-9", "rule.disclosure.neutralOnly");
        Guards.requireText(circumstances, "R-9", "/circumstances", "rule.disclosure.empty");
        Disclosure disclosure = new Disclosure(neutral.email(), circumstances.strip(), at);
        disclosures.add(disclosure);
        return disclosure;
    }

    /** staff, a Neutral is appointed. */
    boolean mayReplace(UserAccount viewer) {
        return Guards.isCenter(viewer) && procedure.state() == ProcedureState.NEUTRAL_APPOINTED;
    }

    /**
     * the Center replaces the Neutral, who leaves the circle; its accepted appointment is marked replaced. The
     * Procedure is suspended until a substitute accepts, unless both Parties agreed to go on.
     */
    void replace(UserAccount staff, String reason, boolean partiesAgreedToContinue, Instant at) {
        Guards.requireCenter(staff, "R-10", "rule.appointment.centerOnly");
        Guards.requireState(procedure.state(), ProcedureState.NEUTRAL_APPOINTED, "R-10");
        Guards.requireText(reason, "R-10", "/reason", "rule.replacement.reason");
        UserAccount neutral = procedure.circle().neutralLeaves(at);
        appointments.stream()
                .filter(a -> a.status() == NeutralAppointment.Status.ACCEPTED && a.isOf(neutral))
                .forEach(a -> a.replace(reason.strip(), at));
        if (!partiesAgreedToContinue) {
            suspensions.add(new SuspensionPeriod(org.concord.domain.time.GenevaTime.dateOf(at), reason.strip()));
        }
    }

    /** The invitation awaiting the candidate's answer, if any. */
    public Optional<NeutralAppointment> pending() {
        return appointments.stream()
                .filter(a -> a.status() == NeutralAppointment.Status.INVITED)
                .findFirst();
    }

    /**
     * The Center sees every invitation and its outcome; the circle sees the Neutrals who accepted (and were perhaps
     * replaced), whose 9(b) declaration is made to the Parties too.
     */
    public List<NeutralAppointment> visibleTo(UserAccount viewer) {
        return appointments.stream()
                .filter(a -> viewer.actsForCenter()
                        || a.status() == NeutralAppointment.Status.ACCEPTED
                        || a.status() == NeutralAppointment.Status.REPLACED)
                .toList();
    }

    /** Every invitation and its outcome, in the order invited. */
    public List<NeutralAppointment> all() {
        return Collections.unmodifiableList(appointments);
    }

    /** 9(c): the Neutrals' disclosures of new circumstances. */
    public List<Disclosure> disclosures() {
        return Collections.unmodifiableList(disclosures);
    }

    public List<SuspensionPeriod> suspensions() {
        return Collections.unmodifiableList(suspensions);
    }

    /** waiting for a substitute Neutral, time standing still. */
    public boolean isSuspended() {
        return openSuspension().isPresent();
    }

    Optional<SuspensionPeriod> openSuspension() {
        return suspensions.stream().filter(SuspensionPeriod::isOpen).findFirst();
    }

    /** the days suspended as of {@code today}, an open suspension counted up to it. */
    List<Suspension> suspendedAsOf(LocalDate today) {
        return suspensions.stream().flatMap(s -> s.asOf(today).stream()).toList();
    }
}
