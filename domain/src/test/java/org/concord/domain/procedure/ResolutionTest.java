package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.fee.Conclusion;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;

/** –R-14.3 (draft, signature, communication, extension within the cap) and R-15 (who terminates on what). */
class ResolutionTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
    private static final byte[] PDF = "%PDF-1.4 resolution".getBytes(StandardCharsets.US_ASCII);

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

    private Procedure commenced() {
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2026-01-01"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        p.commence(platform, staff, geneva("2026-01-05"));
        return p;
    }

    private Procedure appointed() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-01-20"));
        return p;
    }

    private static Upload pdf() {
        return new Upload(DocumentKind.RESOLUTION, "resolution.pdf", "application/pdf", PDF);
    }

    @Test
    void theNeutralSignsACompleteDraftAndTheCenterCommunicatesIt_R14_1_R14_3() {
        Procedure p = appointed();
        assertThrows(
                RuleViolation.class,
                () -> p.draftResolution(
                        alice, "d", "r", "x", ResolutionOutcome.FOR_REQUESTING_PARTY, geneva("2026-02-01")),
                "only the Neutral");
        p.draftResolution(expert, "A cover was removed.", null, " ", null, geneva("2026-02-01"));
        RuleViolation incomplete = assertThrows(
                RuleViolation.class, () -> p.signResolution(expert, pdf(), Requests.ENGINE, geneva("2026-02-02")));
        assertEquals("/recommendation", incomplete.field());
        assertTrue(incomplete.getMessage().contains("14(b)(iv)"), incomplete.getMessage());
        assertThrows(
                RuleViolation.class,
                () -> p.communicateResolution(staff, geneva("2026-02-02")),
                "nothing signed to communicate");

        p.draftResolution(
                expert,
                "A cover was removed.",
                "Reinstate it.",
                "Public domain.",
                ResolutionOutcome.FOR_REQUESTING_PARTY,
                geneva("2026-02-02"));
        Filing signed = p.signResolution(expert, pdf(), Requests.ENGINE, geneva("2026-02-03"));
        Resolution r = p.resolution().orElseThrow();
        assertEquals(Document.sha256(PDF), r.sha256().orElseThrow());
        assertEquals("Name of expert@example.org", r.signedByName().orElseThrow());
        assertTrue(signed.isHeld());
        assertFalse(
                p.circle().filingsVisibleTo(alice).contains(signed), "the Parties see it once communicated (14(c))");
        assertTrue(p.circle().filingsVisibleTo(expert).contains(signed));
        assertEquals(
                "rule.resolution.signed",
                assertThrows(
                                RuleViolation.class,
                                () -> p.draftResolution(
                                        expert,
                                        "x",
                                        "y",
                                        "z",
                                        ResolutionOutcome.FOR_RESPONDING_PARTY,
                                        geneva("2026-02-03")))
                        .messageKey(),
                "a signed Resolution is never changed");
        assertThrows(
                RuleViolation.class,
                () -> p.communicateResolution(expert, geneva("2026-02-04")),
                "the Center communicates");

        p.communicateResolution(staff, geneva("2026-02-04"));
        assertEquals(ProcedureState.RESOLVED, p.state());
        assertTrue(p.circle().filingsVisibleTo(alice).contains(signed));
        assertEquals(geneva("2026-02-04"), p.termination().endedAt().orElseThrow());
        assertEquals(
                "rule.procedure.wrongState",
                assertThrows(RuleViolation.class, () -> p.disclose(expert, "late news", geneva("2026-02-05")))
                        .messageKey(),
                "read-only after the Resolution (R-14.3)");
        assertThrows(
                RuleViolation.class,
                () -> p.determineLanguage(expert, "en", "x"),
                "read-only after the Resolution (R-14.3)");
        assertEquals(
                Conclusion.RESOLVED_FOR_REQUESTING_PARTY,
                Conclusion.of(r.outcome().orElseThrow()));
    }

    @Test
    void theCenterExtendsTheResolutionPeriodNeverBeyondNinetyDaysFromCommencement_R14_2_E4() {
        Procedure p = appointed();
        LocalDate due = due(p, ProcedureDeadline.Kind.RESOLUTION);
        assertEquals(
                "/days",
                assertThrows(RuleViolation.class, () -> p.extendResolutionPeriod(staff, 30, "complex", ENGINE))
                        .field());
        assertEquals(
                "/reason",
                assertThrows(RuleViolation.class, () -> p.extendResolutionPeriod(staff, 45, " ", ENGINE))
                        .field());
        RuleViolation beyond =
                assertThrows(RuleViolation.class, () -> p.extendResolutionPeriod(staff, 80, "complex", ENGINE));
        assertEquals("rule.resolution.beyondCap", beyond.messageKey());
        assertEquals(due, due(p, ProcedureDeadline.Kind.RESOLUTION), "a refused extension changes nothing");
        p.extendResolutionPeriod(staff, 45, "Many works and territories", ENGINE);
        assertTrue(due(p, ProcedureDeadline.Kind.RESOLUTION).isAfter(due));
        assertFalse(due(p, ProcedureDeadline.Kind.RESOLUTION).isAfter(due(p, ProcedureDeadline.Kind.RESOLUTION_CAP)));
        assertThrows(RuleViolation.class, () -> p.extendResolutionPeriod(expert, 50, "x", ENGINE), "the Center");
    }

    private static LocalDate due(Procedure p, ProcedureDeadline.Kind kind) {
        return p.timeLimits().deadlines(ENGINE).stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .orElseThrow()
                .deadline()
                .due();
    }

    @Test
    void theNeutralOrTheCenterMayTerminateWhereThePartiesDisclosedOtherProceedings_R11_3() {
        TerminationGround other = TerminationGround.OTHER_PROCEEDINGS_DISCLOSED;
        assertEquals("R-11.3", other.ruleId());
        Procedure beforeAppointment = commenced();
        assertTrue(beforeAppointment.terminationGroundsFor(staff).contains(other), "the Center, before appointment");
        beforeAppointment.terminate(staff, other, "Arbitration pending in Paris", geneva("2026-01-10"));
        assertEquals(other, beforeAppointment.termination().ground().orElseThrow());

        Procedure byNeutral = appointed();
        assertTrue(byNeutral.terminationGroundsFor(expert).contains(other), "the Neutral");
        assertTrue(byNeutral.terminationGroundsFor(staff).contains(other), "and the Center, after appointment");
        assertFalse(byNeutral.terminationGroundsFor(alice).contains(other), "not a Party");
        assertEquals(
                "R-11.3",
                assertThrows(RuleViolation.class, () -> byNeutral.terminate(alice, other, null, geneva("2026-02-01")))
                        .ruleId());
        byNeutral.terminate(expert, other, null, geneva("2026-02-01"));
        assertEquals(ProcedureState.TERMINATED, byNeutral.state());
        assertEquals("11(e)", byNeutral.termination().ground().orElseThrow().code());
    }

    @Test
    void eachGroundIsUsedByWhomTheRulesSay_R15() {
        for (TerminationGround neutralsOnly :
                List.of(TerminationGround.SETTLED_BEFORE_RESOLUTION, TerminationGround.UNNECESSARY_OR_IMPOSSIBLE)) {
            Procedure p = appointed();
            assertEquals(
                    "/ground",
                    assertThrows(
                                    RuleViolation.class,
                                    () -> p.terminate(staff, neutralsOnly, null, geneva("2026-02-01")))
                            .field(),
                    neutralsOnly.name());
            p.terminate(expert, neutralsOnly, "Settled by e-mail", geneva("2026-02-01"));
            assertEquals(ProcedureState.TERMINATED, p.state());
            assertEquals(
                    Conclusion.TERMINATED_OTHERWISE,
                    Conclusion.of(neutralsOnly, p.appointedAt().isPresent()));
        }
        Procedure beforeAppointment = commenced();
        assertThrows(
                RuleViolation.class,
                () -> beforeAppointment.terminate(
                        expert, TerminationGround.UNNECESSARY_OR_IMPOSSIBLE, null, geneva("2026-01-10")),
                "no Neutral yet");
        assertThrows(
                RuleViolation.class,
                () -> beforeAppointment.terminate(
                        alice, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-01-10")),
                "a Party does not terminate");
        beforeAppointment.terminate(
                staff, TerminationGround.COURT_PROCEEDINGS, "Action filed in Paris", geneva("2026-01-10"));
        assertEquals(
                "Action filed in Paris", beforeAppointment.termination().note().orElseThrow());

        Procedure outOfScope = appointed();
        assertThrows(
                RuleViolation.class,
                () -> outOfScope.terminate(staff, TerminationGround.OUT_OF_SCOPE, null, geneva("2026-02-01")),
                "after appointment, scope is the Neutral's (15(e))");
        outOfScope.terminate(expert, TerminationGround.OUT_OF_SCOPE, null, geneva("2026-02-01"));
        assertEquals(Conclusion.OUT_OF_SCOPE_BY_NEUTRAL, Conclusion.of(TerminationGround.OUT_OF_SCOPE, true));

        Procedure other = appointed();
        other.terminate(staff, TerminationGround.OTHER_PROCEEDINGS_DISCLOSED, null, geneva("2026-02-01"));
        assertEquals("11(e)", other.termination().ground().orElseThrow().code());
        assertThrows(
                RuleViolation.class,
                () -> other.terminate(staff, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-02-02")),
                "ended already");

        Procedure open = appointed();
        assertEquals(
                List.of(TerminationGround.COURT_PROCEEDINGS, TerminationGround.OTHER_PROCEEDINGS_DISCLOSED),
                open.terminationGroundsFor(staff),
                "after appointment, the Center's grounds");
        assertEquals(
                List.of(
                        TerminationGround.OUT_OF_SCOPE,
                        TerminationGround.SETTLED_BEFORE_RESOLUTION,
                        TerminationGround.UNNECESSARY_OR_IMPOSSIBLE,
                        TerminationGround.COURT_PROCEEDINGS,
                        TerminationGround.OTHER_PROCEEDINGS_DISCLOSED),
                open.terminationGroundsFor(expert));
        assertEquals(List.of(), open.terminationGroundsFor(alice), "a Party uses none");

        Procedure signed = appointed();
        signed.draftResolution(expert, "d", "r", "x", ResolutionOutcome.FOR_RESPONDING_PARTY, geneva("2026-02-01"));
        signed.signResolution(expert, pdf(), Requests.ENGINE, geneva("2026-02-01"));
        assertEquals(
                "rule.terminate.resolutionMade",
                assertThrows(
                                RuleViolation.class,
                                () -> signed.terminate(
                                        expert,
                                        TerminationGround.SETTLED_BEFORE_RESOLUTION,
                                        null,
                                        geneva("2026-02-02")))
                        .messageKey());
        assertEquals(List.of(), signed.terminationGroundsFor(expert), "the Resolution is made");
    }
}
