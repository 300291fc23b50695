package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.concord.domain.procedure.NextStep.Kind;
import org.concord.domain.procedure.ProcedureDeadline.Ending;
import org.concord.domain.procedure.ProcedureDeadline.Ending.Outcome;
import org.concord.domain.time.Domicile;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the overview's "next step" per viewer and state, and the final dates of an ended Procedure's time limits,
 * through a Procedure filed on 1 January 2026, commenced on Monday 5 January (Answer due Monday 26 January, R-7;
 * Neutral to appoint by Thursday 5 February, R-8.1). No public holidays.
 */
class NextStepTest {

    private static final LocalDate ANSWER_DUE = LocalDate.parse("2026-01-26");
    private static final LocalDate APPOINT_BY = LocalDate.parse("2026-02-05");

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

    private NextStep step(Procedure p, UserAccount viewer, String today) {
        return NextStep.of(p, viewer, Requests.ENGINE, day(today), 14);
    }

    private static void assertStep(Kind kind, LocalDate date, NextStep actual) {
        assertEquals(kind, actual.kind(), "kind");
        assertEquals(Optional.ofNullable(date), actual.date(), "date of " + kind);
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

    @Test
    void filed_theRequesterPaysTheFilingFeeWhileStaffWaitThenCheckTheRequest_R6_R17_2() {
        Procedure p = filed();
        assertStep(Kind.PAY_FILING_FEE, null, step(p, alice, "2026-01-01"));
        assertStep(Kind.AWAIT_FILING_FEE, null, step(p, staff, "2026-01-01"));

        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        assertStep(Kind.AWAIT_COMMENCEMENT, null, step(p, alice, "2026-01-02"));
        assertStep(Kind.CHECK_REQUEST, null, step(p, staff, "2026-01-02"));
    }

    @Test
    void commenced_thePlatformFilesTheAnswerByItsDateTheRequesterWaitsStaffAppointByTheTarget_R7_R8_1() {
        Procedure p = commenced();
        assertStep(Kind.FILE_ANSWER, ANSWER_DUE, step(p, platform, "2026-01-12"));
        assertStep(Kind.AWAIT_ANSWER, ANSWER_DUE, step(p, alice, "2026-01-12"));
        // Weeks before the work queue shows it, the page already says by when.
        assertStep(Kind.APPOINT_NEUTRAL, APPOINT_BY, step(p, staff, "2026-01-12"));
        assertEquals(Optional.empty(), WorkQueue.appointmentDue(p, Requests.ENGINE, day("2026-01-12")));

        assertStep(Kind.AWAIT_NEUTRAL, APPOINT_BY, step(p, alice, "2026-01-27"));
        assertStep(Kind.NONE, null, step(p, expert, "2026-01-27"));
    }

    @Test
    void anInvitationOut_staffWaitForTheCandidateUntilItLapses_R8_R9() {
        Procedure p = commenced();
        p.inviteNeutral(
                expert,
                staff,
                List.of(),
                false,
                Requests.EARLY,
                Requests.ENGINE,
                geneva("2026-01-20"),
                geneva("2026-01-20").plus(Duration.ofDays(3)));
        assertStep(Kind.AWAIT_ACCEPTANCE, day("2026-01-23"), step(p, staff, "2026-01-20"));
    }

    @Test
    void appointed_theNeutralDeliversTheResolutionByItsDateAndStaffCommunicateItOnceSigned_R14() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-01-20"));
        LocalDate resolutionDue = day("2026-02-19");
        assertStep(Kind.DELIVER_RESOLUTION, resolutionDue, step(p, expert, "2026-01-21"));
        assertStep(Kind.AWAIT_RESOLUTION, resolutionDue, step(p, staff, "2026-01-21"));
        assertStep(Kind.AWAIT_RESOLUTION, resolutionDue, step(p, alice, "2026-01-27"));

        assertFalse(step(p, expert, "2026-02-19").late(), "its last day is in time (R-3.5)");

        sign(p, "2026-02-03");
        assertStep(Kind.COMMUNICATE_RESOLUTION, null, step(p, staff, "2026-02-03"));

        p.communicateResolution(staff, geneva("2026-02-04"));
        assertStep(Kind.REPORT_IMPLEMENTATION, day("2026-02-18"), step(p, platform, "2026-02-05"));
        assertStep(Kind.RESOLVED, day("2026-02-04"), step(p, alice, "2026-02-05"));
        assertStep(Kind.RESOLVED, day("2026-02-04"), step(p, staff, "2026-02-18"));
        assertStep(Kind.IMPLEMENTATION_OVERDUE, day("2026-02-18"), step(p, staff, "2026-02-19"));
    }

    @Test
    void theNeutralsResolutionNotDeliveredByItsDateIsSaidLate_R14_2_R3_5() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-01-20"));
        LocalDate resolutionDue = day("2026-02-19");
        NextStep late = step(p, expert, "2026-02-20");
        assertStep(Kind.DELIVER_RESOLUTION, resolutionDue, late);
        assertTrue(late.late(), "the day after: it was due on the 19th");
        assertTrue(step(p, alice, "2026-02-20").late(), "the Parties wait for a late Resolution");
        assertFalse(step(p, expert, "2026-01-21").late());

        sign(p, "2026-02-23");
        p.communicateResolution(staff, geneva("2026-02-24"));
        assertFalse(step(p, alice, "2026-03-30").late(), "an end is never late");
        assertStep(Kind.IMPLEMENTATION_OVERDUE, day("2026-03-10"), step(p, staff, "2026-03-30"));
        assertFalse(step(p, staff, "2026-03-30").late(), "overdue by its kind, said once");
    }

    @Test
    void terminated_everyoneIsToldWhenAndOnWhichGround_R15() {
        Procedure p = commenced();
        p.terminate(staff, TerminationGround.OUT_OF_SCOPE, null, geneva("2026-01-15"));
        for (UserAccount viewer : List.of(alice, platform, staff)) {
            NextStep end = step(p, viewer, "2026-03-01");
            assertStep(Kind.TERMINATED, day("2026-01-15"), end);
            assertEquals(Optional.of(TerminationGround.OUT_OF_SCOPE), end.ground());
        }
    }

    @Test
    void anEndedProceduresTimeLimitsSayWhatBecameOfThem_issue24() {
        Procedure p = commenced();
        p.fileAnswer(platform, answer(), List.of(), true, geneva("2026-01-20"), Requests.ENGINE);
        for (ProcedureDeadline d : p.timeLimits().deadlines(Requests.ENGINE)) {
            assertEquals(Optional.empty(), p.timeLimits().ending(d), "running: a countdown");
        }
        p.terminate(staff, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-01-28"));
        for (ProcedureDeadline d : p.timeLimits().deadlines(Requests.ENGINE)) {
            Ending ending = p.timeLimits().ending(d).orElseThrow();
            switch (d.kind()) {
                case ANSWER -> assertEquals(new Ending(Outcome.MET, day("2026-01-20")), ending);
                default -> assertEquals(new Ending(Outcome.NOT_REACHED, day("2026-01-28")), ending, d.kind() + "");
            }
        }
    }

    @Test
    void aTimeLimitIsMetOnItsLastDayLateTheDayAfterAndMissedWhenTheEndCameAfterIt_R3_5() {
        LocalDate due = day("2026-01-26");
        assertEquals(new Ending(Outcome.MET, due), Ending.of(due, Optional.of(due), day("2026-03-01")));
        assertEquals(
                new Ending(Outcome.LATE, day("2026-01-27")),
                Ending.of(due, Optional.of(day("2026-01-27")), day("2026-03-01")));
        assertEquals(new Ending(Outcome.MISSED, due), Ending.of(due, Optional.empty(), day("2026-01-27")));
        assertEquals(new Ending(Outcome.NOT_REACHED, due), Ending.of(due, Optional.empty(), due));
        assertEquals(
                new Ending(Outcome.NOT_REACHED, day("2026-01-10")),
                Ending.of(due, Optional.empty(), day("2026-01-10")));
    }

    private static AnswerItems answer() {
        return new AnswerItems(
                false, null, "legal@platform.example", new Domicile("DE", null), "We applied our terms.", "T", "None");
    }

    private void sign(Procedure p, String date) {
        p.draftResolution(
                expert,
                "A cover.",
                "Reinstate it.",
                "Public domain.",
                ResolutionOutcome.FOR_REQUESTING_PARTY,
                geneva(date));
        p.signResolution(
                expert,
                new Upload(
                        DocumentKind.RESOLUTION,
                        "resolution.pdf",
                        "application/pdf",
                        "%PDF-1.4 resolution".getBytes(StandardCharsets.US_ASCII)),
                Requests.ENGINE,
                geneva(date));
    }
}
