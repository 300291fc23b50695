package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.Domicile;
import org.junit.jupiter.api.Test;

/**
 * R-PLAT.4: the Responding Party reports, once, whether it implemented the communicated Resolution (implemented,
 * partly, not), with the date, within a configurable number of days; nobody else reports, and not before.
 */
class ImplementationTest {

    private static final byte[] PDF = "%PDF-1.4 resolution".getBytes(StandardCharsets.US_ASCII);

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount lawyer = account("counsel@firm.example", Role.PARTY);
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

    /** Signed on 3 February 2026, not yet communicated. */
    private Procedure signed() {
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2026-01-01"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        p.commence(platform, staff, geneva("2026-01-05"));
        Requests.appoint(p, expert, geneva("2026-01-20"));
        p.draftResolution(
                expert,
                "A cover.",
                "Reinstate it.",
                "Public domain.",
                ResolutionOutcome.FOR_REQUESTING_PARTY,
                geneva("2026-02-02"));
        p.signResolution(
                expert,
                new Upload(DocumentKind.RESOLUTION, "resolution.pdf", "application/pdf", PDF),
                Requests.ENGINE,
                geneva("2026-02-03"));
        return p;
    }

    /** Communicated on 4 February 2026 (Geneva). */
    private Procedure communicated() {
        Procedure p = signed();
        p.communicateResolution(staff, geneva("2026-02-04"));
        return p;
    }

    private static String refusal(Runnable action) {
        RuleViolation v = assertThrows(RuleViolation.class, action::run);
        assertEquals("R-PLAT.4", v.ruleId());
        return v.messageKey() + (v.field() == null ? "" : " " + v.field());
    }

    @Test
    void notBeforeTheResolutionIsCommunicated_R_PLAT_4() {
        Procedure p = signed();
        assertFalse(p.mayReportImplementation(platform));
        assertFalse(p.permissionsFor(platform).reportImplementation());
        assertEquals(
                "rule.implementation.notCommunicated",
                refusal(() -> p.reportImplementation(
                        platform,
                        ImplementationOutcome.IMPLEMENTED,
                        LocalDate.parse("2026-02-04"),
                        null,
                        geneva("2026-02-04"))),
                "no field: a conflict with the state (409)");
        assertTrue(p.implementation().due(14).isEmpty(), "no period runs before communication");
    }

    @Test
    void theRespondingPartyReportsOnceWithTheDate_R_PLAT_4() {
        Procedure p = communicated();
        assertEquals(LocalDate.parse("2026-02-18"), p.implementation().due(14).orElseThrow());
        assertTrue(p.mayReportImplementation(platform));
        assertTrue(p.permissionsFor(platform).reportImplementation());
        assertFalse(p.mayReportImplementation(alice), "the Requesting Party does not report");
        assertFalse(p.mayReportImplementation(staff), "nor does the Center");
        assertFalse(p.mayReportImplementation(expert));

        ImplementationReport report = p.reportImplementation(
                platform, ImplementationOutcome.IMPLEMENTED, LocalDate.parse("2026-02-05"), "  ", geneva("2026-02-06"));
        assertEquals(ImplementationOutcome.IMPLEMENTED, report.outcome());
        assertEquals(LocalDate.parse("2026-02-05"), report.date());
        assertTrue(report.reason().isEmpty(), "a blank reason is none");
        assertEquals("legal@platform.example", report.reportedBy());
        assertEquals(geneva("2026-02-06"), report.reportedAt());
        assertEquals(report, p.implementationReport().orElseThrow());
        assertFalse(p.mayReportImplementation(platform), "once");
        assertEquals(
                "rule.implementation.once",
                refusal(() -> p.reportImplementation(
                        platform,
                        ImplementationOutcome.NOT_IMPLEMENTED,
                        LocalDate.parse("2026-02-06"),
                        "Changed.",
                        geneva("2026-02-07"))),
                "no correction by the platform");
        assertFalse(p.implementation().isOverdue(14, LocalDate.parse("2026-03-01")), "reported: never overdue");
    }

    @Test
    void onlyTheRespondingPartyReports_R_PLAT_4() {
        Procedure p = communicated();
        assertEquals(
                "rule.implementation.respondingPartyOnly",
                refusal(() -> p.reportImplementation(
                        alice,
                        ImplementationOutcome.IMPLEMENTED,
                        LocalDate.parse("2026-02-05"),
                        null,
                        geneva("2026-02-05"))));
        assertEquals(
                "rule.implementation.respondingPartyOnly",
                refusal(() -> p.reportImplementation(
                        staff,
                        ImplementationOutcome.IMPLEMENTED,
                        LocalDate.parse("2026-02-05"),
                        null,
                        geneva("2026-02-05"))));
        assertTrue(p.implementationReport().isEmpty());
    }

    @Test
    void theRespondingPartysAuthorisedRepresentativeReports_R_PLAT_4_R_ACC_3() {
        Procedure p = communicated();
        assertFalse(p.mayReportImplementation(lawyer), "not before it is authorised");
        Representation r = p.authoriseRepresentative(platform, lawyer.email(), true, geneva("2026-02-05"));
        r.accept(lawyer, geneva("2026-02-05"));
        assertTrue(p.mayReportImplementation(lawyer));
        p.reportImplementation(
                lawyer,
                ImplementationOutcome.PARTLY,
                LocalDate.parse("2026-02-05"),
                "One of two items restored.",
                geneva("2026-02-06"));
        assertEquals(
                "counsel@firm.example", p.implementationReport().orElseThrow().reportedBy());
    }

    @Test
    void aReportNotImplementedInFullSaysWhyAndItsDateIsPlausible_R_PLAT_4() {
        Procedure p = communicated();
        Instant now = geneva("2026-02-10");
        LocalDate date = LocalDate.parse("2026-02-09");
        assertEquals(
                "rule.implementation.outcome /outcome",
                refusal(() -> p.reportImplementation(platform, null, date, null, now)));
        assertEquals(
                "rule.implementation.date /date",
                refusal(() -> p.reportImplementation(platform, ImplementationOutcome.IMPLEMENTED, null, null, now)));
        assertEquals(
                "rule.implementation.dateBeforeResolution /date",
                refusal(() -> p.reportImplementation(
                        platform, ImplementationOutcome.IMPLEMENTED, LocalDate.parse("2026-02-03"), null, now)));
        assertEquals(
                "rule.implementation.dateInFuture /date",
                refusal(() -> p.reportImplementation(
                        platform, ImplementationOutcome.IMPLEMENTED, LocalDate.parse("2026-02-11"), null, now)));
        for (ImplementationOutcome outcome :
                new ImplementationOutcome[] {ImplementationOutcome.PARTLY, ImplementationOutcome.NOT_IMPLEMENTED}) {
            assertEquals(
                    "rule.implementation.reason /reason",
                    refusal(() -> p.reportImplementation(platform, outcome, date, " ", now)));
        }
        assertEquals(
                "rule.implementation.reasonTooLong /reason",
                refusal(() -> p.reportImplementation(
                        platform,
                        ImplementationOutcome.NOT_IMPLEMENTED,
                        date,
                        "x".repeat(ImplementationReport.REASON_MAX_CHARS + 1),
                        now)));
        assertTrue(p.implementationReport().isEmpty(), "nothing recorded by a refused report");
        p.reportImplementation(
                platform,
                ImplementationOutcome.NOT_IMPLEMENTED,
                LocalDate.parse("2026-02-04"),
                " The content infringes a court order. ",
                now);
        assertEquals(
                "The content infringes a court order.",
                p.implementationReport().orElseThrow().reason().orElseThrow());
    }

    @Test
    void dueAConfigurableNumberOfDaysAfterTheGenevaDateOfCommunication_R_PLAT_4() {
        Procedure p = signed();
        // 22:30 UTC on 4 February is 23:30 in Geneva: still the 4th there.
        p.communicateResolution(staff, Instant.parse("2026-02-04T22:30:00Z"));
        assertEquals(
                LocalDate.parse("2026-02-04"),
                p.implementation().communicatedOn().orElseThrow());
        assertEquals(LocalDate.parse("2026-02-11"), p.implementation().due(7).orElseThrow());
        assertFalse(p.implementation().isOverdue(7, LocalDate.parse("2026-02-11")), "due today is not overdue");
        assertTrue(p.implementation().isOverdue(7, LocalDate.parse("2026-02-12")));
        assertNull(p.implementationReport().orElse(null));
    }

    @Test
    void remindedBeforeAndAfterTheDueDateUntilReported_R_PLAT_4_R_C3() {
        Procedure p = communicated();
        LocalDate due = p.implementation().due(14).orElseThrow();
        java.util.List<Reminder> planned = Reminder.planImplementationReport(
                p, platform, due, java.util.List.of(3), java.util.List.of(1, 7), geneva("2026-02-04"));
        assertEquals(3, planned.size());
        assertEquals(
                java.util.List.of(3, -1, -7),
                planned.stream().map(Reminder::daysBefore).toList());
        assertEquals(
                LocalDate.parse("2026-02-15")
                        .atTime(8, 0)
                        .atZone(ZoneId.of("Europe/Zurich"))
                        .toInstant(),
                planned.get(0).fireAt());
        assertEquals(
                LocalDate.parse("2026-02-19")
                        .atTime(8, 0)
                        .atZone(ZoneId.of("Europe/Zurich"))
                        .toInstant(),
                planned.get(1).fireAt());
        assertFalse(planned.get(0).isOverdueReminder());
        assertTrue(planned.get(2).isOverdueReminder());
        assertTrue(planned.get(0).isStillFor());
        assertFalse(
                Reminder.planImplementationReport(
                                p, platform, due, java.util.List.of(3), java.util.List.of(1, 7), geneva("2026-02-21"))
                        .stream()
                        .anyMatch(r -> r.daysBefore() != -7),
                "planned late: only the reminders still to come");
        p.reportImplementation(
                platform, ImplementationOutcome.IMPLEMENTED, LocalDate.parse("2026-02-05"), null, geneva("2026-02-05"));
        assertFalse(planned.get(1).isStillFor(), "nobody is reminded of a report already made");
    }
}
