package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.Suspension;

/**
 * The appointment sequence of one Procedure: invitations, their lapse, acceptance and declination, the
 * replacement of a Neutral and the suspensions it causes. A collaborator of {@link Procedure}, which checks who
 * acts and in which state and keeps the circle; this part keeps the invitations' own rules. It wraps the lists that
 * stay mapped on the Procedure (no collection inside an embeddable), so it is built on each use and holds no state
 * of its own.
 */
final class Appointments {

    private final Procedure procedure;
    private final List<NeutralAppointment> appointments;
    private final List<SuspensionPeriod> suspensions;

    Appointments(Procedure procedure, List<NeutralAppointment> appointments, List<SuspensionPeriod> suspensions) {
        this.procedure = procedure;
        this.appointments = appointments;
        this.suspensions = suspensions;
    }

    /** one invitation at a time; a Neutral replaced in this Procedure is not invited again. */
    NeutralAppointment invite(UserAccount candidate, String invitedBy, List<Conflict> conflicts, boolean automatic,
            Instant at, Instant expiresAt) {
        if (pending().isPresent()) {
            throw new RuleViolation("R-8.1", "/neutral", "rule.appointment.pending");
        }
        if (appointments.stream().anyMatch(a -> a.isOf(candidate)
                && a.status() == NeutralAppointment.Status.REPLACED)) {
            throw new RuleViolation("R-10", "/neutral", "rule.appointment.replacedBefore");
        }
        if (!expiresAt.isAfter(at)) {
            throw new IllegalArgumentException("an invitation must leave time to answer");
        }
        NeutralAppointment invitation = new NeutralAppointment(procedure, candidate, invitedBy, automatic, conflicts,
                at, expiresAt);
        appointments.add(invitation);
        return invitation;
    }

    /** whether a conflict blocks the invited candidate (staff may override it). */
    boolean pendingIsBlocked() {
        return pending().map(NeutralAppointment::isBlocked).orElse(false);
    }

    /** lets the blocked candidate accept, the reason recorded. */
    NeutralAppointment override(String staff, String reason, Instant at) {
        NeutralAppointment invitation = pending()
                .orElseThrow(() -> new RuleViolation("R-9", null, "rule.appointment.noInvitation"));
        if (!invitation.isBlocked()) {
            throw new RuleViolation("R-9", null, "rule.appointment.noConflict");
        }
        if (Procedure.strippedOrNull(reason) == null) {
            throw new RuleViolation("R-9", "/reason", "rule.appointment.overrideReason");
        }
        invitation.override(staff, reason.strip(), at);
        return invitation;
    }

    Optional<NeutralAppointment> lapse(Instant at) {
        Optional<NeutralAppointment> lapsed = pending().filter(a -> !a.expiresAt().isAfter(at));
        lapsed.ifPresent(a -> a.lapse(at));
        return lapsed;
    }

    Set<UUID> invitedCandidates() {
        return appointments.stream().map(a -> a.candidate().id()).collect(Collectors.toSet());
    }

    /** Whether {@code account} is the candidate invited now. */
    boolean isInvited(UserAccount account) {
        return account != null && pending().filter(a -> a.isOf(account)).isPresent();
    }

    private NeutralAppointment invitationOf(UserAccount candidate) {
        return pending().filter(a -> candidate != null && a.isOf(candidate))
                .orElseThrow(() -> new RuleViolation("R-9", null, "rule.appointment.notInvited"));
    }

    /**
     * R-9 (9(b)): the candidate accepts, having confirmed impartiality; the conflict check runs again and an
     * unresolved conflict blocks. A replacement's suspension ends.
     */
    NeutralAppointment accept(UserAccount candidate, boolean confirmsImpartiality, String declaration,
            List<Conflict> conflictsNow, Instant at) {
        NeutralAppointment invitation = invitationOf(candidate);
        if (!confirmsImpartiality) {
            throw new RuleViolation("R-9", "/confirmsImpartiality", "rule.appointment.declarationRequired");
        }
        invitation.recheck(conflictsNow);
        if (invitation.isBlocked()) {
            // (Object): one String argument would pick the deprecated constructor whose fourth String is a sentence
            throw new RuleViolation("R-9", null, "rule.appointment.conflict",
                    (Object) invitation.conflicts().stream().map(Conflict::describe).collect(Collectors.joining("; ")));
        }
        String words = Procedure.strippedOrNull(declaration);
        invitation.accept(words == null ? Procedure.DECLARATION : words, at);
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

    /** the accepted appointment of {@code neutral} is replaced; suspended unless the Parties go on. */
    void replace(UserAccount neutral, String reason, boolean partiesAgreedToContinue, Instant at) {
        appointments.stream().filter(a -> a.status() == NeutralAppointment.Status.ACCEPTED && a.isOf(neutral))
                .forEach(a -> a.replace(reason, at));
        if (!partiesAgreedToContinue) {
            suspensions.add(new SuspensionPeriod(org.concord.domain.time.GenevaTime.dateOf(at), reason));
        }
    }

    Optional<NeutralAppointment> pending() {
        return appointments.stream().filter(a -> a.status() == NeutralAppointment.Status.INVITED).findFirst();
    }

    /** The Center sees every invitation; the circle the Neutrals who accepted (and were perhaps replaced). */
    List<NeutralAppointment> visibleTo(UserAccount viewer) {
        return appointments.stream()
                .filter(a -> viewer.actsForCenter() || a.status() == NeutralAppointment.Status.ACCEPTED
                        || a.status() == NeutralAppointment.Status.REPLACED)
                .toList();
    }

    Optional<SuspensionPeriod> openSuspension() {
        return suspensions.stream().filter(SuspensionPeriod::isOpen).findFirst();
    }

    /** the days suspended as of {@code today}, an open suspension counted up to it. */
    List<Suspension> suspendedAsOf(LocalDate today) {
        return suspensions.stream().flatMap(s -> s.asOf(today).stream()).toList();
    }
}
