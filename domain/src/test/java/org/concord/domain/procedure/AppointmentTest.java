package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;

/** invitation, declaration, disclosure, replacement with and without suspension. */
class AppointmentTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
    private static final Instant COMMENCED = geneva("2027-01-04");

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount expert = account("expert@example.org", Role.NEUTRAL);
    private final UserAccount substitute = account("substitute@example.org", Role.NEUTRAL);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private static Instant geneva(String date) {
        return LocalDate.parse(date)
                .atTime(10, 0)
                .atZone(ZoneId.of("Europe/Zurich"))
                .toInstant();
    }

    private Procedure commenced() {
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2027-01-01"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2027-01-02"));
        p.commence(platform, staff, COMMENCED);
        return p;
    }

    /** Staff invite without conflicts; the invitation lapses after three days. */
    private static NeutralAppointment invite(Procedure p, UserAccount candidate, UserAccount by, Instant at) {
        return p.inviteNeutral(
                candidate, by, List.of(), false, Requests.EARLY, Requests.ENGINE, at, at.plus(Duration.ofDays(3)));
    }

    private static LocalDate due(Procedure p, ProcedureDeadline.Kind kind, LocalDate today) {
        return p.timeLimits().deadlines(ENGINE, today).stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .orElseThrow()
                .deadline()
                .due();
    }

    @Test
    void aCandidateJoinsTheCircleOnlyByAcceptingWithTheDeclaration_R8_1_R9() {
        Procedure p = commenced();
        assertThrows(RuleViolation.class, () -> invite(p, expert, alice, COMMENCED), "the Center appoints");
        invite(p, expert, staff, COMMENCED);
        assertFalse(p.isVisibleTo(expert), "an invited candidate is not yet in the circle (R-13.1)");
        assertEquals(
                "rule.appointment.pending",
                assertThrows(RuleViolation.class, () -> invite(p, substitute, staff, COMMENCED))
                        .messageKey());
        assertEquals(
                "rule.appointment.notInvited",
                assertThrows(
                                RuleViolation.class,
                                () -> p.acceptAppointment(substitute, true, null, List.of(), COMMENCED))
                        .messageKey());
        RuleViolation noDeclaration =
                assertThrows(RuleViolation.class, () -> p.acceptAppointment(expert, false, null, List.of(), COMMENCED));
        assertEquals("R-9", noDeclaration.ruleId());
        assertEquals("/confirmsImpartiality", noDeclaration.field());

        p.acceptAppointment(expert, true, null, List.of(), geneva("2027-01-20"));
        assertTrue(p.isVisibleTo(expert));
        assertEquals(ProcedureState.NEUTRAL_APPOINTED, p.state());
        assertEquals(
                Appointments.DECLARATION,
                p.appointments().all().get(0).declaration().orElseThrow());
        // Issue 24: the words of 9(b) are shown in the reader's language; words of one's own as written.
        assertTrue(p.appointments().all().get(0).declaredInTheRulesWords());
    }

    @Test
    void aDeclinedInvitationLetsTheCenterInviteAnother_R8_1() {
        Procedure p = commenced();
        invite(p, expert, staff, COMMENCED);
        p.declineAppointment(expert, "I advised the platform last year", COMMENCED);
        assertEquals(
                NeutralAppointment.Status.DECLINED,
                p.appointments().all().get(0).status());
        invite(p, substitute, staff, COMMENCED);
        p.acceptAppointment(substitute, true, "No circumstances.", List.of(), COMMENCED);
        assertTrue(p.isVisibleTo(substitute));
        assertFalse(p.isVisibleTo(expert));
        assertFalse(p.appointments().all().get(1).declaredInTheRulesWords(), "words of the Neutral's own");
    }

    @Test
    void theNeutralDisclosesNewCircumstancesAtAnyTime_R9() {
        Procedure p = commenced();
        Requests.appoint(p, expert, COMMENCED);
        assertThrows(RuleViolation.class, () -> p.disclose(alice, "x", COMMENCED), "only the Neutral");
        assertEquals(
                "/circumstances",
                assertThrows(RuleViolation.class, () -> p.disclose(expert, " ", COMMENCED))
                        .field());
        p.disclose(expert, "My firm now advises the platform.", COMMENCED);
        assertEquals(
                "My firm now advises the platform.",
                p.appointments().disclosures().get(0).circumstances());
    }

    @Test
    void aReplacementSuspendsTheProcedureUntilTheSubstituteAcceptsAndSuspendedDaysDoNotCount_R10() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2027-01-20"));
        LocalDate resolutionDue = due(p, ProcedureDeadline.Kind.RESOLUTION, LocalDate.parse("2027-01-21"));
        LocalDate capDue = due(p, ProcedureDeadline.Kind.RESOLUTION_CAP, LocalDate.parse("2027-01-21"));

        p.replaceNeutral(staff, "Conflict disclosed", false, geneva("2027-01-25"));
        assertFalse(p.isVisibleTo(expert), "the replaced Neutral leaves the circle");
        assertTrue(p.appointments().isSuspended());
        assertEquals(ProcedureState.COMMENCED, p.state());
        assertEquals(
                resolutionDue.plusDays(3),
                due(p, ProcedureDeadline.Kind.RESOLUTION, LocalDate.parse("2027-01-27")),
                "while suspended, due dates move day by day");
        assertEquals(
                "rule.appointment.replacedBefore",
                assertThrows(RuleViolation.class, () -> invite(p, expert, staff, geneva("2027-01-26")))
                        .messageKey());

        invite(p, substitute, staff, geneva("2027-01-26"));
        p.acceptAppointment(substitute, true, null, List.of(), geneva("2027-02-01"));
        assertFalse(p.appointments().isSuspended());
        assertEquals(
                new org.concord.domain.time.Suspension(LocalDate.parse("2027-01-25"), LocalDate.parse("2027-01-31")),
                p.appointments().suspensions().get(0).asOf(LocalDate.MAX).orElseThrow());
        LocalDate after = due(p, ProcedureDeadline.Kind.RESOLUTION, LocalDate.parse("2027-03-01"));
        assertTrue(!after.isBefore(resolutionDue.plusDays(7)), "seven suspended days do not count: " + after);
        assertTrue(
                due(p, ProcedureDeadline.Kind.RESOLUTION_CAP, LocalDate.parse("2027-03-01"))
                        .isAfter(capDue),
                "nor towards the 90-day cap");
    }

    @Test
    void withBothPartiesAgreementTheProcedureGoesOnWithoutSuspension_R10() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2027-01-20"));
        LocalDate resolutionDue = due(p, ProcedureDeadline.Kind.RESOLUTION, LocalDate.parse("2027-01-21"));
        p.replaceNeutral(staff, "Illness", true, geneva("2027-01-25"));
        assertFalse(p.appointments().isSuspended());
        Requests.appoint(p, substitute, geneva("2027-02-01"));
        assertEquals(
                resolutionDue,
                due(p, ProcedureDeadline.Kind.RESOLUTION, LocalDate.parse("2027-03-01")),
                "the Resolution period runs from the first appointment, unsuspended");
        assertEquals(
                "/reason",
                assertThrows(RuleViolation.class, () -> p.replaceNeutral(staff, " ", true, COMMENCED))
                        .field());
    }

    @Test
    void aConflictBlocksAcceptanceUntilStaffOverrideWithAReason_R9() {
        Procedure p = commenced();
        Conflict pastClient = new Conflict(
                Conflict.Source.DECLARED, "PAST_CLIENT: P", p.circle().sides().get(0), Conflict.Basis.NAME);
        NeutralAppointment invitation = p.inviteNeutral(
                expert,
                staff,
                List.of(pastClient),
                false,
                Requests.EARLY,
                Requests.ENGINE,
                COMMENCED,
                COMMENCED.plus(Duration.ofDays(3)));
        assertTrue(invitation.isBlocked());
        RuleViolation blocked = assertThrows(
                RuleViolation.class, () -> p.acceptAppointment(expert, true, null, List.of(pastClient), COMMENCED));
        assertEquals("rule.appointment.conflict", blocked.messageKey());
        assertTrue(
                blocked.arguments().toString().contains("PAST_CLIENT: P"),
                "the candidate sees why: " + blocked.arguments());

        assertEquals(
                "/reason",
                assertThrows(RuleViolation.class, () -> p.overrideConflicts(staff, " ", COMMENCED))
                        .field());
        assertThrows(RuleViolation.class, () -> p.overrideConflicts(alice, "Fine", COMMENCED), "staff only");
        p.overrideConflicts(staff, "The mandate ended in 2019 and concerned trademarks", COMMENCED);
        assertEquals("staff@center.example", invitation.overrideBy().orElseThrow());
        assertFalse(invitation.isBlocked());

        p.acceptAppointment(expert, true, null, List.of(pastClient), geneva("2027-01-05"));
        assertEquals(ProcedureState.NEUTRAL_APPOINTED, p.state());
        assertEquals(List.of(pastClient), invitation.conflicts(), "kept with the appointment");
    }

    @Test
    void aConflictFoundOnlyAtAcceptanceVoidsTheOverride_R9() {
        Procedure p = commenced();
        PartySide platformSide = p.circle().sides().get(0);
        Conflict declared = new Conflict(Conflict.Source.DECLARED, "PLATFORM: P", platformSide, Conflict.Basis.NAME);
        Conflict recorded = new Conflict(
                Conflict.Source.CENTER_RECORDS, "DCTI-2026-AAAA, as party: P", platformSide, Conflict.Basis.NAME);
        NeutralAppointment invitation = p.inviteNeutral(
                expert,
                staff,
                List.of(declared),
                false,
                Requests.EARLY,
                Requests.ENGINE,
                COMMENCED,
                COMMENCED.plus(Duration.ofDays(3)));
        p.overrideConflicts(staff, "Known and harmless", COMMENCED);
        assertThrows(
                RuleViolation.class,
                () -> p.acceptAppointment(expert, true, null, List.of(declared, recorded), COMMENCED));
        assertTrue(invitation.isBlocked(), "staff had not seen the Center's record");
        assertEquals(2, invitation.conflicts().size());
        assertTrue(invitation.overrideReason().isEmpty());

        assertEquals(
                "rule.appointment.noConflict",
                assertThrows(RuleViolation.class, () -> {
                            Procedure clear = commenced();
                            invite(clear, expert, staff, COMMENCED);
                            clear.overrideConflicts(staff, "Nothing to override", COMMENCED);
                        })
                        .messageKey());
    }

    @Test
    void aSilentInvitationLapsesAtItsExpiry_R8() {
        Procedure p = commenced();
        NeutralAppointment invitation = invite(p, expert, staff, COMMENCED);
        assertTrue(p.lapseInvitation(COMMENCED.plus(Duration.ofDays(3)).minusSeconds(1))
                .isEmpty());
        assertEquals(
                invitation,
                p.lapseInvitation(COMMENCED.plus(Duration.ofDays(3))).orElseThrow());
        assertEquals(NeutralAppointment.Status.LAPSED, invitation.status());
        assertTrue(p.appointments().pending().isEmpty());
        assertEquals(Set.of(expert.id()), p.appointments().invitedCandidates(), "not invited again automatically");
        assertEquals(
                "rule.appointment.notInvited",
                assertThrows(
                                RuleViolation.class,
                                () -> p.acceptAppointment(
                                        expert, true, null, List.of(), COMMENCED.plus(Duration.ofDays(4))))
                        .messageKey());
        invite(p, substitute, staff, COMMENCED.plus(Duration.ofDays(3)));
    }

    @Test
    void theSidesOfAProcedureAreItsPlatformPartiesAndRepresentatives_R9() {
        Procedure p = commenced();
        assertEquals(
                List.of(PartySide.Kind.PLATFORM, PartySide.Kind.PARTY, PartySide.Kind.PARTY),
                p.circle().sides().stream().map(PartySide::kind).toList());
        assertEquals("P", p.circle().sides().get(0).name());
        assertEquals("platform.example", p.circle().sides().get(2).emailDomain());
    }

    @Test
    void theCenterSeesEveryInvitationTheCircleOnlyTheAppointedNeutrals_R13_1() {
        Procedure p = commenced();
        invite(p, expert, staff, COMMENCED);
        p.declineAppointment(expert, "No time", COMMENCED);
        invite(p, substitute, staff, COMMENCED);
        p.acceptAppointment(substitute, true, null, List.of(), COMMENCED);
        assertEquals(2, p.appointments().visibleTo(staff).size());
        assertEquals(
                List.of(substitute.id()),
                p.appointments().visibleTo(alice).stream()
                        .map(a -> a.candidate().id())
                        .toList(),
                "a declined invitation is the Center's business");
    }
}
