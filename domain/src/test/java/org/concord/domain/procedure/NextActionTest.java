package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.NextAction.Kind;
import org.concord.domain.procedure.NextAction.Situation;
import org.concord.domain.time.Domicile;
import org.junit.jupiter.api.Test;

/**
 * R-PLAT.1: what the reader must do next and by when, per state and per side; first on the bare facts, then through a
 * Procedure commenced on Monday 5 January 2026 (Answer due Monday 26 January, R-7, R-3).
 */
class NextActionTest {

    private static final LocalDate ANSWER = LocalDate.parse("2026-01-26");
    private static final LocalDate APPOINT = LocalDate.parse("2026-02-05");
    private static final LocalDate RESOLVE = LocalDate.parse("2026-03-01");
    private static final LocalDate CAP = LocalDate.parse("2026-04-06");
    private static final Map<ProcedureDeadline.Kind, LocalDate> RUNNING = Map.of(
            ProcedureDeadline.Kind.ANSWER, ANSWER,
            ProcedureDeadline.Kind.APPOINTMENT_TARGET, APPOINT,
            ProcedureDeadline.Kind.RESOLUTION, RESOLVE,
            ProcedureDeadline.Kind.RESOLUTION_CAP, CAP);

    private static final ParticipantRole REQ = ParticipantRole.REQUESTING_PARTY;
    private static final ParticipantRole RESP = ParticipantRole.RESPONDING_PARTY;
    private static final ParticipantRole NEUTRAL = ParticipantRole.NEUTRAL;

    private static NextAction of(
            ProcedureState state, ParticipantRole side, boolean requestHeld, boolean answerHeld, AnswerStatus answer) {
        return NextAction.of(new Situation(state, side, requestHeld, answerHeld, answer, RUNNING, Optional.empty()));
    }

    private static void assertAction(Kind kind, LocalDate due, NextAction actual) {
        assertEquals(new NextAction(kind, Optional.ofNullable(due)), actual);
    }

    @Test
    void requestFiled_theRequesterPaysItsFeeThenWaitsForCommencement_R_PLAT_1_R_17_2() {
        assertAction(Kind.PAY_FEES, null, of(ProcedureState.REQUEST_FILED, REQ, true, false, AnswerStatus.AWAITED));
        assertAction(
                Kind.AWAIT_COMMENCEMENT,
                null,
                of(ProcedureState.REQUEST_FILED, REQ, false, false, AnswerStatus.AWAITED));
        assertAction(
                Kind.AWAIT_COMMENCEMENT,
                null,
                of(ProcedureState.REQUEST_FILED, RESP, true, false, AnswerStatus.AWAITED));
    }

    @Test
    void commenced_thePlatformAnswersByTheDueDateTheRequesterWaits_R_PLAT_1_R_7() {
        assertAction(Kind.FILE_ANSWER, ANSWER, of(ProcedureState.COMMENCED, RESP, false, false, AnswerStatus.AWAITED));
        assertAction(Kind.AWAIT_ANSWER, ANSWER, of(ProcedureState.COMMENCED, REQ, false, false, AnswerStatus.AWAITED));
        assertTrue(Kind.FILE_ANSWER.isForTheReader());
        assertFalse(Kind.AWAIT_ANSWER.isForTheReader());
    }

    @Test
    void commenced_anAnswerHeldForFeesAsksThePlatformToPay_R_PLAT_1_R_17_2() {
        assertAction(Kind.PAY_FEES, null, of(ProcedureState.COMMENCED, RESP, false, true, AnswerStatus.FILED));
        assertAction(Kind.AWAIT_NEUTRAL, APPOINT, of(ProcedureState.COMMENCED, REQ, false, true, AnswerStatus.FILED));
    }

    @Test
    void commenced_afterTheAnswerOrItsPeriodBothSidesAwaitTheNeutral_R_PLAT_1_R_8_1_R_12() {
        for (AnswerStatus status : List.of(AnswerStatus.FILED, AnswerStatus.FILED_LATE, AnswerStatus.NO_ANSWER)) {
            assertAction(Kind.AWAIT_NEUTRAL, APPOINT, of(ProcedureState.COMMENCED, RESP, false, false, status));
            assertAction(Kind.AWAIT_NEUTRAL, APPOINT, of(ProcedureState.COMMENCED, REQ, false, false, status));
        }
        assertEquals(NextAction.NONE, of(ProcedureState.COMMENCED, NEUTRAL, false, false, AnswerStatus.AWAITED));
    }

    @Test
    void neutralAppointed_theNeutralDeliversByTheEarlierOfItsDueDateAndTheCap_R_PLAT_1_R_14_2() {
        assertAction(
                Kind.DELIVER_RESOLUTION,
                RESOLVE,
                of(ProcedureState.NEUTRAL_APPOINTED, NEUTRAL, false, false, AnswerStatus.FILED));
        assertAction(
                Kind.AWAIT_RESOLUTION,
                RESOLVE,
                of(ProcedureState.NEUTRAL_APPOINTED, REQ, false, false, AnswerStatus.FILED));
        NextAction capped = NextAction.of(new Situation(
                ProcedureState.NEUTRAL_APPOINTED,
                RESP,
                false,
                false,
                AnswerStatus.FILED,
                Map.of(ProcedureDeadline.Kind.RESOLUTION, CAP.plusDays(5), ProcedureDeadline.Kind.RESOLUTION_CAP, CAP),
                Optional.empty()));
        assertAction(Kind.AWAIT_RESOLUTION, CAP, capped);
    }

    @Test
    void neutralAppointedEarly_thePlatformMayStillAnswer_R_PLAT_1_R_PLAT_3() {
        assertAction(
                Kind.FILE_ANSWER,
                ANSWER,
                of(ProcedureState.NEUTRAL_APPOINTED, RESP, false, false, AnswerStatus.AWAITED));
        assertAction(
                Kind.AWAIT_RESOLUTION,
                RESOLVE,
                of(ProcedureState.NEUTRAL_APPOINTED, REQ, false, false, AnswerStatus.AWAITED));
    }

    @Test
    void endedProceduresAndReadersWithoutAPartHaveNothingToDo_R_PLAT_1() {
        for (ParticipantRole side : ParticipantRole.values()) {
            assertEquals(NextAction.NONE, of(ProcedureState.RESOLVED, side, false, false, AnswerStatus.FILED));
            assertEquals(NextAction.NONE, of(ProcedureState.TERMINATED, side, false, false, AnswerStatus.NO_ANSWER));
        }
        for (ProcedureState state : ProcedureState.values()) {
            assertEquals(NextAction.NONE, of(state, null, true, true, AnswerStatus.AWAITED));
        }
    }

    @Test
    void aCommunicatedResolutionAsksThePlatformForItsImplementationReportByItsDueDate_R_PLAT_4() {
        LocalDate due = LocalDate.parse("2026-03-15");
        for (ParticipantRole side : ParticipantRole.values()) {
            NextAction action = NextAction.of(new Situation(
                    ProcedureState.RESOLVED, side, false, false, AnswerStatus.FILED, Map.of(), Optional.of(due)));
            if (side == RESP) {
                assertAction(Kind.REPORT_IMPLEMENTATION, due, action);
            } else {
                assertEquals(NextAction.NONE, action, side + " has nothing to do");
            }
        }
    }

    @Test
    void withoutRunningTimeLimitsTheActionStandsWithoutADate_R_PLAT_1_R_3_4() {
        NextAction unknown = NextAction.of(new Situation(
                ProcedureState.COMMENCED, RESP, false, false, AnswerStatus.AWAITED, Map.of(), Optional.empty()));
        assertAction(Kind.FILE_ANSWER, null, unknown);
    }

    // Through a Procedure: the same facts as the pages and the API read them.

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount outsider = account("eve@example.org", Role.PARTY);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, "Name of " + email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private static Instant geneva(String date) {
        return LocalDate.parse(date)
                .atTime(10, 0)
                .atZone(ZoneId.of("Europe/Zurich"))
                .toInstant();
    }

    @Test
    void aProcedureSaysEachSideItsNextActionFromFilingToTheEndOfTheAnswerPeriod_R_PLAT_1() {
        platform.domicileIn(Domicile.parse("DE"));
        alice.domicileIn(Domicile.parse("DE"));
        LocalDate filed = LocalDate.parse("2026-01-01");
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2026-01-01"));
        assertAction(Kind.PAY_FEES, null, p.nextActionFor(alice, Requests.ENGINE, filed, 14));
        assertEquals(NextAction.NONE, p.nextActionFor(outsider, Requests.ENGINE, filed, 14));

        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        assertAction(Kind.AWAIT_COMMENCEMENT, null, p.nextActionFor(alice, Requests.ENGINE, filed, 14));

        p.commence(platform, staff, geneva("2026-01-05"));
        LocalDate during = LocalDate.parse("2026-01-12");
        assertAction(Kind.FILE_ANSWER, ANSWER, p.nextActionFor(platform, Requests.ENGINE, during, 14));
        assertAction(Kind.AWAIT_ANSWER, ANSWER, p.nextActionFor(alice, Requests.ENGINE, during, 14));
        assertTrue(p.isAnswerDue(Requests.ENGINE, during));
        assertEquals(NextAction.NONE, p.nextActionFor(staff, Requests.ENGINE, during, 14), "staff have no side");

        LocalDate after = LocalDate.parse("2026-01-27");
        assertFalse(p.isAnswerDue(Requests.ENGINE, after), "R-12: the period ended without an Answer");
        assertEquals(
                Kind.AWAIT_NEUTRAL,
                p.nextActionFor(platform, Requests.ENGINE, after, 14).kind());
        assertTrue(p.nextActionFor(platform, Requests.ENGINE, after, 14).due().isPresent());
    }
}
