package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.Domicile;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: whether one item is on a work queue and by when, through a Procedure filed on 1 January 2026, commenced on
 * Monday 5 January (Answer due Monday 26 January, R-7; Neutral to appoint by Thursday 5 February, R-8.1), its Neutral
 * appointed early on Tuesday 20 January (Resolution due Thursday 19 February, R-14.2). No public holidays.
 */
class WorkQueueTest {

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount expert = account("expert@example.org", Role.NEUTRAL);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, "Name of " + email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private static Instant geneva(String date) {
        return LocalDate.parse(date)
                .atTime(10, 0)
                .atZone(ZoneId.of("Europe/Zurich"))
                .toInstant();
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private Procedure filed() {
        platform.domicileIn(Domicile.parse("DE"));
        alice.domicileIn(Domicile.parse("DE"));
        return Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2026-01-01"));
    }

    private Procedure commenced() {
        Procedure p = filed();
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        p.commence(platform, staff, geneva("2026-01-05"));
        return p;
    }

    private Procedure appointed() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-01-20"));
        return p;
    }

    @Test
    void aDateIsDueAWeekAheadAndLateTheDayAfter_R_3_5() {
        LocalDate due = day("2026-02-19");
        assertFalse(WorkQueue.isDueOrLate(due, day("2026-02-11")), "eight days ahead: not yet");
        assertTrue(WorkQueue.isDueOrLate(due, day("2026-02-12")), "seven days ahead");
        assertFalse(WorkQueue.isLate(due, day("2026-02-19")), "the whole due day counts");
        assertTrue(WorkQueue.isLate(due, day("2026-02-20")));
        assertTrue(WorkQueue.isDueOrLate(due, day("2026-03-20")), "late stays on the queue");
    }

    @Test
    void aRequestWaitsForItsCheckUntilCommenced_R_6() {
        Procedure p = filed();
        assertTrue(WorkQueue.awaitsCheck(p), "held for its fee: still received, not commenced");
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        assertTrue(WorkQueue.awaitsCheck(p));
        p.commence(platform, staff, geneva("2026-01-05"));
        assertFalse(WorkQueue.awaitsCheck(p));
    }

    @Test
    void theNeutralToAppointJoinsStaffsQueueAWeekBeforeTheTarget_R_8_1() {
        Procedure p = commenced();
        assertEquals(Optional.empty(), WorkQueue.appointmentDue(p, Requests.ENGINE, day("2026-01-28")));
        assertEquals(Optional.of(day("2026-02-05")), WorkQueue.appointmentDue(p, Requests.ENGINE, day("2026-01-29")));
        assertEquals(Optional.of(day("2026-02-05")), WorkQueue.appointmentDue(p, Requests.ENGINE, day("2026-02-20")));
        assertEquals(Optional.empty(), WorkQueue.appointmentDue(filed(), Requests.ENGINE, day("2026-02-20")));
        Procedure appointed = appointed();
        assertEquals(
                Optional.empty(),
                WorkQueue.appointmentDue(appointed, Requests.ENGINE, day("2026-02-20")),
                "appointed: nothing to appoint");
    }

    @Test
    void theQueryBoundNeverLeavesOutADueAppointment_R_8_1() {
        Procedure p = commenced();
        // The earliest target (an Answer on the day of commencement) is ten days after it: on the first day the
        // item can be due, the bound already lets the Procedure in; the day before it need not.
        LocalDate first = day("2026-01-05").plusDays(10 - WorkQueue.SOON_DAYS);
        assertTrue(p.commencedAt().orElseThrow().isBefore(WorkQueue.appointmentCandidatesCommencedBefore(first)));
        assertFalse(p.commencedAt()
                .orElseThrow()
                .isBefore(WorkQueue.appointmentCandidatesCommencedBefore(first.minusDays(1))));
    }

    @Test
    void theResolutionJoinsTheQueueAWeekBeforeItIsDueAndTheBoundKeepsIt_R_14_2() {
        Procedure p = appointed();
        assertEquals(Optional.empty(), WorkQueue.resolutionDue(p, Requests.ENGINE, day("2026-02-11")));
        assertEquals(Optional.of(day("2026-02-19")), WorkQueue.resolutionDue(p, Requests.ENGINE, day("2026-02-12")));
        assertTrue(WorkQueue.isLate(
                WorkQueue.resolutionDue(p, Requests.ENGINE, day("2026-02-20")).orElseThrow(), day("2026-02-20")));
        Instant[] bounds = WorkQueue.resolutionCandidatesBefore(day("2026-02-12"));
        assertTrue(p.appointedAt().orElseThrow().isBefore(bounds[0]));
        assertEquals(Optional.empty(), WorkQueue.resolutionDue(commenced(), Requests.ENGINE, day("2026-02-20")));
    }

    @Test
    void aTranslationOrderIsDueUntilItsTranslationComes_R_4_2() {
        Procedure p = appointed();
        Communication order = p.orderTranslation(
                expert,
                Communication.Author.RESPONDING_PARTY,
                "fr",
                day("2026-02-10"),
                "Translate annex 3",
                geneva("2026-01-26"));
        assertFalse(WorkQueue.isTranslationDue(p, order, false, day("2026-02-02")), "eight days ahead");
        assertTrue(WorkQueue.isTranslationDue(p, order, false, day("2026-02-03")));
        assertFalse(WorkQueue.isTranslationDue(p, order, true, day("2026-02-03")), "answered");
        assertEquals(day("2026-02-10"), WorkQueue.translationHorizon(day("2026-02-03")));
        Communication message = p.sendMessage(expert, "A word.", null, null, List.of(), true, geneva("2026-01-26"));
        assertFalse(WorkQueue.isTranslationDue(p, message, false, day("2026-02-03")), "only orders");
    }

    @Test
    void anImplementationReportIsOverdueTheDayAfterItsPeriod_R_PLAT_4() {
        Procedure p = appointed();
        p.draftResolution(
                expert,
                "A cover.",
                "Reinstate it.",
                "Public domain.",
                ResolutionOutcome.FOR_REQUESTING_PARTY,
                geneva("2026-02-02"));
        p.signResolution(
                expert,
                new Upload(
                        DocumentKind.RESOLUTION,
                        "resolution.pdf",
                        "application/pdf",
                        "%PDF-1.4 resolution".getBytes(StandardCharsets.US_ASCII)),
                Requests.ENGINE,
                geneva("2026-02-03"));
        assertEquals(Optional.empty(), WorkQueue.implementationOverdue(p, 14, day("2026-03-30")), "not communicated");
        p.communicateResolution(staff, geneva("2026-02-04"));
        assertEquals(Optional.empty(), WorkQueue.implementationOverdue(p, 14, day("2026-02-18")), "due that day");
        assertEquals(Optional.of(day("2026-02-18")), WorkQueue.implementationOverdue(p, 14, day("2026-02-19")));
        assertTrue(geneva("2026-02-04")
                .isBefore(WorkQueue.implementationCandidatesCommunicatedBefore(14, day("2026-02-19"))));
        assertFalse(geneva("2026-02-04")
                .isBefore(WorkQueue.implementationCandidatesCommunicatedBefore(14, day("2026-02-18"))));
    }

    @Test
    void aParticipantsQueueHoldsOnlyWhatItMustDoItself_R_PLAT_1() {
        assertEquals(
                Optional.of(WorkQueue.Kind.FILE_ANSWER),
                WorkQueue.forReader(new NextAction(NextAction.Kind.FILE_ANSWER, Optional.of(day("2026-01-26")))));
        assertEquals(
                Optional.of(WorkQueue.Kind.PAY_FEES),
                WorkQueue.forReader(new NextAction(NextAction.Kind.PAY_FEES, Optional.empty())));
        assertEquals(
                Optional.of(WorkQueue.Kind.DELIVER_RESOLUTION),
                WorkQueue.forReader(new NextAction(NextAction.Kind.DELIVER_RESOLUTION, Optional.empty())));
        assertEquals(
                Optional.of(WorkQueue.Kind.REPORT_IMPLEMENTATION),
                WorkQueue.forReader(new NextAction(NextAction.Kind.REPORT_IMPLEMENTATION, Optional.empty())));
        for (NextAction.Kind kind : NextAction.Kind.values()) {
            assertEquals(
                    kind.isForTheReader(),
                    WorkQueue.forReader(new NextAction(kind, Optional.empty())).isPresent(),
                    kind + ": on the queue exactly when the reader must act");
        }
        Procedure p = commenced();
        assertEquals(
                Optional.of(WorkQueue.Kind.FILE_ANSWER),
                WorkQueue.forReader(p.nextActionFor(platform, Requests.ENGINE, day("2026-01-12"), 14)));
        assertEquals(
                Optional.empty(), WorkQueue.forReader(p.nextActionFor(alice, Requests.ENGINE, day("2026-01-12"), 14)));
    }
}
