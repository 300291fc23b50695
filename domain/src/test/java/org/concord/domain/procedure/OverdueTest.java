package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.Domicile;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, the console's "overdue": the Center's appointment target while commenced, the Resolution's due
 * date while a Neutral is appointed and none is drafted, the implementation report (R-PLAT.4) once resolved;
 * never before commencement, never the Answer.
 */
class OverdueTest {

    private static final int REPORT_DAYS = 14;
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

    private static boolean overdue(Procedure p, String today) {
        return p.isOverdue(Requests.ENGINE, LocalDate.parse(today), REPORT_DAYS);
    }

    /** Filed on 1 January 2026, commenced on 5 January. */
    private Procedure commenced() {
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2026-01-01"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        p.commence(platform, staff, geneva("2026-01-05"));
        return p;
    }

    @Test
    void aRequestNotYetCommencedIsNeverOverdue() {
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2026-01-01"));
        assertFalse(overdue(p, "2027-01-01"));
    }

    @Test
    void commencedTheAppointmentTargetCountsNotTheAnswer() {
        Procedure p = commenced();
        assertFalse(overdue(p, "2026-01-28"), "the Answer period over (about 25 January), the target not yet");
        assertTrue(overdue(p, "2026-03-01"), "no Neutral long after the R-8.1 target");
    }

    @Test
    void appointedTheResolutionCountsUntilItIsDrafted() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-01-20"));
        assertFalse(overdue(p, "2026-02-10"), "within 30 days of appointment");
        assertTrue(overdue(p, "2026-03-10"), "30 days after appointment passed, no Resolution");
        p.draftResolution(
                expert,
                "A cover.",
                "Reinstate it.",
                "Public domain.",
                ResolutionOutcome.FOR_REQUESTING_PARTY,
                geneva("2026-02-02"));
        assertFalse(overdue(p, "2026-03-10"), "drafted: the Neutral did what the time limit asks");
    }

    @Test
    void resolvedTheImplementationReportCountsUntilItIsMade() {
        Procedure p = commenced();
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
        p.communicateResolution(staff, geneva("2026-02-04"));
        assertFalse(overdue(p, "2026-02-18"), "due on 18 February");
        assertTrue(overdue(p, "2026-02-19"), "the day after");
    }
}
