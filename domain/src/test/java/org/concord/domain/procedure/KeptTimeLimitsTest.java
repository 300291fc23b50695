package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * R-STAT.3: whether a Procedure kept the target and the due date is recorded when each is met or missed.
 * A Procedure filed on 1 January 2026 and commenced on Monday 5 January: Answer period to Monday 26 January, Neutral to
 * appoint by Thursday 5 February; the Resolution is due 30 days after appointment. No public holidays.
 */
class KeptTimeLimitsTest {

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
        alice.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", geneva("2026-01-01"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        p.commence(platform, staff, geneva("2026-01-05"));
        return p;
    }

    private void sign(Procedure p, String on) {
        p.draftResolution(
                expert,
                "A cover.",
                "Reinstate it.",
                "Public domain.",
                ResolutionOutcome.FOR_REQUESTING_PARTY,
                geneva(on));
        p.signResolution(
                expert,
                new Upload(
                        DocumentKind.RESOLUTION,
                        "resolution.pdf",
                        "application/pdf",
                        "%PDF-1.4 resolution".getBytes(StandardCharsets.US_ASCII)),
                Requests.ENGINE,
                geneva(on));
    }

    @Test
    void nothingIsKnownBeforeTheEvents_R_STAT_3() {
        Procedure p = commenced();
        assertEquals(Optional.empty(), p.keptTimeLimits().appointmentTargetMet());
        assertEquals(Optional.empty(), p.keptTimeLimits().resolutionDueDateMet());
    }

    @Test
    void anAppointmentOnTheTargetDayMeetsIt_R_8_1() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-02-05"));
        assertEquals(Optional.of(true), p.keptTimeLimits().appointmentTargetMet());
    }

    @Test
    void anAppointmentTheDayAfterTheTargetMissesIt_R_8_1() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-02-06"));
        assertEquals(Optional.of(false), p.keptTimeLimits().appointmentTargetMet());
    }

    @Test
    void onlyTheFirstAppointmentCounts_R_8_1_R_10() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-02-05"));
        p.replaceNeutral(staff, "Unavailable.", true, geneva("2026-02-10"));
        UserAccount substitute = account("substitute@example.org", Role.NEUTRAL);
        Requests.appoint(p, substitute, geneva("2026-02-20"));
        assertEquals(Optional.of(true), p.keptTimeLimits().appointmentTargetMet());
    }

    @Test
    void aResolutionSignedOnItsDueDateIsInTime_R_14_2() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-01-20"));
        sign(p, "2026-02-19");
        assertEquals(Optional.of(true), p.keptTimeLimits().resolutionDueDateMet());
    }

    @Test
    void aResolutionSignedAfterItsDueDateIsLate_R_14_2() {
        Procedure p = commenced();
        Requests.appoint(p, expert, geneva("2026-01-20"));
        sign(p, "2026-02-20");
        assertEquals(Optional.of(false), p.keptTimeLimits().resolutionDueDateMet());
    }

    @Test
    void withoutTheDeadlineEngineTheAppointmentStaysUnknown_R_STAT_3() {
        Procedure p = commenced();
        p.inviteNeutral(
                expert,
                staff,
                List.of(),
                false,
                Requests.EARLY,
                Requests.ENGINE,
                geneva("2026-01-20"),
                geneva("2026-01-23"));
        p.acceptAppointment(expert, true, null, List.of(), geneva("2026-01-20"));
        assertEquals(Optional.empty(), p.keptTimeLimits().appointmentTargetMet());
    }
}
