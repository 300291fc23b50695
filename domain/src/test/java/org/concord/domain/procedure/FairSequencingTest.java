package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.Domicile;
import org.junit.jupiter.api.Test;

/**
 * R-PLAT.3, a <b>reading</b> of 11(b) (equal opportunity): while the Responding Party's Answer period runs and no
 * Answer was filed, the Resolution is not signed and staff who invite a Neutral say why; once the Answer is filed, or
 * the period ended without one, neither applies. Commenced on 5 January 2026 (Monday); the Answer period of
 * R-7 (20 days, no holidays here) ends on Monday 26 January (the 25th is a Sunday, R-3).
 */
class FairSequencingTest {

    private static final Instant DURING = geneva("2026-01-12");
    private static final Instant AFTER = geneva("2026-01-27");

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

    private NeutralAppointment invite(Procedure p, String reason, boolean automatic, Instant at) {
        return p.inviteNeutral(
                expert, staff, List.of(), automatic, reason, Requests.ENGINE, at, at.plus(Duration.ofDays(3)));
    }

    private Procedure appointedWithDraft(Instant at) {
        Procedure p = commenced();
        invite(p, Requests.EARLY, false, at);
        p.acceptAppointment(expert, true, null, List.of(), at);
        p.draftResolution(
                expert, "A cover was removed.", "Restore it.", "Fair use.", ResolutionOutcome.FOR_REQUESTING_PARTY, at);
        return p;
    }

    private static Upload pdf() {
        return new Upload(
                DocumentKind.RESOLUTION,
                "resolution.pdf",
                "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    }

    private static AnswerItems answer() {
        return new AnswerItems(
                false,
                null,
                "legal@platform.example",
                new Domicile("DE", null),
                "We acted on a notice.",
                "Terms of service, section 7",
                "None");
    }

    @Test
    void aResolutionWaitsWhileTheAnswerPeriodRunsWithoutAnswer_R_PLAT_3() {
        Procedure p = appointedWithDraft(DURING);
        assertTrue(p.resolutionWaitsForAnswer(Requests.ENGINE, dateOf(DURING)));
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> p.signResolution(expert, pdf(), Requests.ENGINE, DURING));
        assertEquals("R-PLAT.3", refused.ruleId());
        assertEquals("rule.resolution.answerAwaited", refused.messageKey());
        assertEquals(LocalDate.parse("2026-01-26"), refused.arguments().get(0), "it says until when");
        assertTrue(p.resolution().orElseThrow().signedAt().isEmpty(), "nothing signed");

        assertFalse(p.resolutionWaitsForAnswer(Requests.ENGINE, dateOf(AFTER)), "R-12: the period ended");
        p.signResolution(expert, pdf(), Requests.ENGINE, AFTER);
        assertTrue(p.resolution().orElseThrow().signedAt().isPresent());
    }

    @Test
    void anAnswerFiledLetsTheResolutionBeSignedAtOnce_R_PLAT_3() {
        Procedure p = appointedWithDraft(DURING);
        p.fileAnswer(platform, answer(), List.of(), true, DURING, Requests.ENGINE);
        assertFalse(p.resolutionWaitsForAnswer(Requests.ENGINE, dateOf(DURING)));
        p.signResolution(expert, pdf(), Requests.ENGINE, DURING);
        assertTrue(p.resolution().orElseThrow().signedAt().isPresent());
    }

    @Test
    void staffWhoInviteBeforeTheAnswerSayWhyAndTheReasonIsRecorded_R_PLAT_3() {
        Procedure p = commenced();
        for (String none : new String[] {null, "", "   "}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> invite(p, none, false, DURING));
            assertEquals("R-PLAT.3", refused.ruleId());
            assertEquals("/earlyReason", refused.field());
            assertEquals("rule.appointment.earlyReason", refused.messageKey());
        }
        assertTrue(p.appointments().all().isEmpty(), "nothing invited");
        NeutralAppointment invitation = invite(p, "  " + Requests.EARLY + " ", false, DURING);
        assertEquals(Optional.of(Requests.EARLY), invitation.earlyReason());
    }

    @Test
    void afterTheAnswerOrItsPeriodAndForConcordsOwnInvitationsNoReasonIsAsked_R_PLAT_3() {
        Procedure answered = commenced();
        answered.fileAnswer(platform, answer(), List.of(), true, DURING, Requests.ENGINE);
        assertEquals(Optional.empty(), invite(answered, null, false, DURING).earlyReason());

        Procedure silent = commenced();
        assertEquals(Optional.empty(), invite(silent, "ignored", false, AFTER).earlyReason(), "not early: none kept");

        Procedure automatic = commenced();
        assertEquals(Optional.empty(), invite(automatic, null, true, DURING).earlyReason(), "after a decision made");
    }

    private static LocalDate dateOf(Instant at) {
        return org.concord.domain.time.GenevaTime.dateOf(at);
    }
}
