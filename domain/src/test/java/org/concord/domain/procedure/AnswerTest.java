package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;

/** on the Procedure. Parties in FR and DE; commencement on 2027-01-04 (E1). */
class AnswerTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
    private static final Instant COMMENCED = Instant.parse("2027-01-04T09:00:00Z");
    /** E1: the Answer is due on Monday 2027-01-25 (the raw last day is a Sunday). */
    private static final LocalDate ANSWER_DUE = LocalDate.parse("2027-01-25");

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount neutral = account("expert@example.org", Role.NEUTRAL);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private Procedure commenced() {
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", Instant.parse("2027-01-01T09:00:00Z"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, Instant.parse("2027-01-02T09:00:00Z"));
        p.commence(platform, staff, COMMENCED);
        return p;
    }

    private static AnswerItems answer(String reply) {
        return new AnswerItems(
                false,
                null,
                "legal@platform.example",
                new Domicile("DE", null),
                reply,
                "Terms of service, section 7",
                "None");
    }

    private static Instant geneva(String date) {
        return LocalDate.parse(date)
                .atTime(12, 0)
                .atZone(java.time.ZoneId.of("Europe/Zurich"))
                .toInstant();
    }

    @Test
    void anAnswerOnTheLastDayIsInTimeAndBringsTheAppointmentTargetForward_R7_R3_5_R8_1() {
        Procedure p = commenced();
        LocalDate targetBefore = target(p);
        assertEquals(AnswerStatus.AWAITED, p.timeLimits().answerStatus(ENGINE, ANSWER_DUE));
        Filing onTime = p.fileAnswer(
                platform,
                answer("We applied our terms."),
                List.of(),
                true,
                geneva(ANSWER_DUE.toString()).plusSeconds(11 * 3600 - 60),
                ENGINE);
        assertFalse(onTime.isLate(), "23:59 Geneva on the last day complies (R-3.5)");
        assertEquals(AnswerStatus.FILED, p.timeLimits().answerStatus(ENGINE, ANSWER_DUE.plusDays(30)));
        assertEquals(targetBefore, target(p), "answered on the last day: the target is unchanged");

        Procedure early = commenced();
        early.fileAnswer(platform, answer("Early."), List.of(), true, geneva("2027-01-08"), ENGINE);
        assertTrue(target(early).isBefore(targetBefore), "10 days after the Answer, whichever comes first (R-8.1)");
    }

    private static LocalDate target(Procedure p) {
        return p.timeLimits().deadlines(ENGINE).stream()
                .filter(d -> d.kind() == ProcedureDeadline.Kind.APPOINTMENT_TARGET)
                .findFirst()
                .orElseThrow()
                .deadline()
                .due();
    }

    @Test
    void aCommunicationIsReceivedOnTheGenevaDateOnWhichThePortalDeliveredIt_R3_2() {
        Procedure inTime = commenced();
        Filing before = inTime.fileAnswer(
                platform, answer("Just in time."), List.of(), true, Instant.parse("2027-01-25T22:30:00Z"), ENGINE);
        assertFalse(before.isLate(), "23:30 in Geneva on the last day: received that day");
        Procedure afterMidnight = commenced();
        Filing after = afterMidnight.fileAnswer(
                platform, answer("Just too late."), List.of(), true, Instant.parse("2027-01-25T23:30:00Z"), ENGINE);
        assertTrue(after.isLate(), "still 25 January in London, but 00:30 on the 26th in Geneva: received then");
        Communication message = afterMidnight.sendMessage(
                alice, "Noted.", null, null, List.of(), true, Instant.parse("2027-01-25T23:30:00Z"));
        assertEquals(LocalDate.parse("2027-01-26"), org.concord.domain.time.GenevaTime.dateOf(message.sentAt()));
    }

    @Test
    void aLateAnswerIsKeptAndMarkedLate_R7() {
        Procedure p = commenced();
        assertEquals(AnswerStatus.NO_ANSWER, p.timeLimits().answerStatus(ENGINE, ANSWER_DUE.plusDays(1)), "R-12");
        Filing late = p.fileAnswer(
                platform,
                answer("Sorry for the delay."),
                List.of(),
                true,
                geneva(ANSWER_DUE.plusDays(1).toString()),
                ENGINE);
        assertTrue(late.isLate());
        assertEquals(AnswerStatus.FILED_LATE, p.timeLimits().answerStatus(ENGINE, ANSWER_DUE.plusDays(2)));
        assertEquals("Sorry for the delay.", p.answer().orElseThrow().reply());
    }

    @Test
    void onlyTheRespondingPartyAnswersOnceWithEveryItemAndWithinTheWordLimit_R7_R5_2() {
        Procedure p = commenced();
        assertEquals(
                "R-7",
                assertThrows(
                                RuleViolation.class,
                                () -> p.fileAnswer(alice, answer("x"), List.of(), true, COMMENCED, ENGINE))
                        .ruleId());
        RuleViolation missing = assertThrows(
                RuleViolation.class,
                () -> p.fileAnswer(
                        platform,
                        new AnswerItems(true, " ", null, null, "", null, null),
                        List.of(),
                        true,
                        COMMENCED,
                        ENGINE));
        assertEquals("/representative", missing.field());
        assertTrue(missing.getMessage().contains("7(b)(iii)"), missing.getMessage());
        RuleViolation tooLong = assertThrows(
                RuleViolation.class,
                () -> p.fileAnswer(platform, answer("word ".repeat(3001)), List.of(), true, COMMENCED, ENGINE));
        assertEquals("R-5.2", tooLong.ruleId());
        p.fileAnswer(platform, answer("Once."), List.of(), true, COMMENCED, ENGINE);
        assertEquals(
                "rule.answer.once",
                assertThrows(
                                RuleViolation.class,
                                () -> p.fileAnswer(platform, answer("Twice."), List.of(), true, COMMENCED, ENGINE))
                        .messageKey());
    }

    @Test
    void anAnswerOfAnUnpaidRespondingPartyIsHeldAndSeenOnlyByItAndTheCenter_R17_2() {
        Procedure p = commenced();
        Filing held = p.fileAnswer(platform, answer("Held."), List.of(), false, COMMENCED, ENGINE);
        assertTrue(held.isHeld());
        assertFalse(p.circle().filingsVisibleTo(alice).contains(held));
        assertTrue(p.circle().filingsVisibleTo(platform).contains(held));
        assertTrue(p.circle().filingsVisibleTo(staff).contains(held));
        p.releaseHeldFilings(ParticipantRole.RESPONDING_PARTY, COMMENCED.plusSeconds(60));
        assertTrue(
                p.circle().filingsVisibleTo(alice).contains(held), "whatever one Party files, the other sees (R-11.1)");
    }

    @Test
    void noAnswerAfterTheProcedureEnded_R7() {
        Procedure p = commenced();
        p.terminate(staff, TerminationGround.SETTLED_BEFORE_APPOINTMENT, null, COMMENCED);
        assertEquals(
                "rule.procedure.wrongState",
                assertThrows(
                                RuleViolation.class,
                                () -> p.fileAnswer(platform, answer("Too late."), List.of(), true, COMMENCED, ENGINE))
                        .messageKey());
    }

    @Test
    void anEndedProcedureWithoutAnAnswerSaysNoneWasFiledNotThatOneIsAwaited_R7_R15() {
        Procedure p = commenced();
        p.terminate(staff, TerminationGround.SETTLED_BEFORE_APPOINTMENT, null, geneva("2027-01-10"));
        assertEquals(AnswerStatus.NOT_FILED, p.timeLimits().answerStatus(ENGINE, LocalDate.parse("2027-01-11")));
        assertEquals(
                AnswerStatus.NOT_FILED,
                p.timeLimits().answerStatus(ENGINE, ANSWER_DUE.plusDays(30)),
                "judged on the day it ended: its period did not run out without an Answer (not R-12)");

        Procedure endedLater = commenced();
        endedLater.terminate(
                staff,
                TerminationGround.OUT_OF_SCOPE,
                null,
                geneva(ANSWER_DUE.plusDays(3).toString()));
        assertEquals(
                AnswerStatus.NO_ANSWER,
                endedLater.timeLimits().answerStatus(ENGINE, ANSWER_DUE.plusDays(30)),
                "ended after its period ran out without one: R-12");
    }

    @Test
    void theLanguageIsProposedFromTheContentAndTheDomicileAndTheNeutralMayDetermineAnother_R4_1() {
        assertEquals("fr", LanguageChoice.propose("FR", Optional.of("FR")).language());
        assertEquals("en", LanguageChoice.propose("FR", Optional.of("EN")).language(), "English is always allowed");
        assertEquals("fr", LanguageChoice.propose("BE", Optional.of("FR")).language(), "one of Belgium's three");
        assertEquals(
                "de",
                LanguageChoice.propose("DE", Optional.of("SV")).language(),
                "Swedish content, German domicile: the domicile's language");
        assertEquals("en", LanguageChoice.propose("US", Optional.empty()).language());
        assertEquals(List.of("de", "fr", "it", "rm", "en"), LanguageChoice.allowed("CH"));

        Procedure p = commenced();
        assertEquals("fr", p.languageDecision().language().orElseThrow(), "Alice lives in France");
        assertTrue(p.languageDecision().decidedBy().isEmpty(), "a proposal, decided by nobody yet");
        assertThrows(RuleViolation.class, () -> p.determineLanguage(staff, "en", "Both parties asked"));
        Requests.appoint(p, neutral, COMMENCED.plusSeconds(86_400));
        assertEquals(
                "/reason",
                assertThrows(RuleViolation.class, () -> p.determineLanguage(neutral, "en", " "))
                        .field());
        p.determineLanguage(neutral, "en", "Both Parties asked for English");
        assertEquals("en", p.languageDecision().language().orElseThrow());
        assertEquals("expert@example.org", p.languageDecision().decidedBy().orElseThrow());
    }
}
