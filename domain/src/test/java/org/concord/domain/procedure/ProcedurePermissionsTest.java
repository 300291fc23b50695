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
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may do what now, asked of the Procedure: one test per permission of {@link ProcedurePermissions}, named after
 * its rule. Each checks that the {@code may…} predicate and its verb agree: where the predicate says no, the verb
 * refuses with that rule.
 */
class ProcedurePermissionsTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount expert = account("expert@example.org", Role.NEUTRAL);
    private final UserAccount otherExpert = account("other@example.org", Role.NEUTRAL);
    private final UserAccount outsider = account("bob@example.org", Role.PARTY);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, "Name of " + email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private static Instant geneva(String date) {
        return LocalDate.parse(date)
                .atTime(10, 0)
                .atZone(ZoneId.of("Europe/Zurich"))
                .toInstant();
    }

    private Procedure filed() {
        platform.domicileIn(Domicile.parse("DE"));
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

    private Procedure signed() {
        Procedure p = appointed();
        p.draftResolution(expert, "d", "r", "x", ResolutionOutcome.FOR_REQUESTING_PARTY, geneva("2026-02-01"));
        p.signResolution(
                expert,
                new Upload(
                        DocumentKind.RESOLUTION,
                        "resolution.pdf",
                        "application/pdf",
                        "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
                Requests.ENGINE,
                geneva("2026-02-01"));
        return p;
    }

    private static AnswerItems answer() {
        return new AnswerItems(
                false, null, "legal@platform.example", new Domicile("DE", null), "We applied our terms.", null, "None");
    }

    /** The verb refuses with {@code ruleId}, as its predicate said. */
    private static void refuses(String ruleId, Executable verb) {
        assertEquals(ruleId, assertThrows(RuleViolation.class, verb).ruleId());
    }

    @Test
    void onlyTheCenterMayCommenceARequestWhoseFeeIsPaid_R6() {
        Procedure p = filed();
        assertFalse(p.mayCommence(staff), "held until the filing fee is paid");
        refuses("R-6", () -> p.commence(platform, staff, geneva("2026-01-02")));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, geneva("2026-01-02"));
        assertTrue(p.mayCommence(staff));
        for (UserAccount notStaff : List.of(alice, platform, expert)) {
            assertFalse(p.mayCommence(notStaff), notStaff.email());
            refuses("R-6", () -> p.commence(platform, notStaff, geneva("2026-01-05")));
        }
        p.commence(platform, staff, geneva("2026-01-05"));
        assertFalse(p.mayCommence(staff), "once");
        refuses("R-6", () -> p.commence(outsider, staff, geneva("2026-01-06")));
    }

    @Test
    void onlyTheRespondingPartyMayAnswerOnceWhileConducted_R7() {
        Procedure p = commenced();
        assertTrue(p.mayFileAnswer(platform));
        for (UserAccount other : List.of(alice, staff, outsider)) {
            assertFalse(p.mayFileAnswer(other), other.email());
            refuses("R-7", () -> p.fileAnswer(other, answer(), List.of(), true, geneva("2026-01-10"), ENGINE));
        }
        p.fileAnswer(platform, answer(), List.of(), true, geneva("2026-01-10"), ENGINE);
        assertFalse(p.mayFileAnswer(platform), "one Answer");
        refuses("R-7", () -> p.fileAnswer(platform, answer(), List.of(), true, geneva("2026-01-11"), ENGINE));
    }

    @Test
    void theRespondingPartyAndTheCenterAreToldWhatTheAnswerAsksBeforeAndAfterFiling_R_PLAT_1() {
        Procedure p = appointed();
        for (UserAccount told : List.of(platform, staff)) {
            assertTrue(p.mayReadAnswerRequirements(told), told.email());
            p.requireReadAnswerRequirements(told);
        }
        for (UserAccount other : List.of(alice, expert)) {
            assertFalse(p.mayReadAnswerRequirements(other), other.email());
            refuses("R-PLAT.1", () -> p.requireReadAnswerRequirements(other));
        }
        p.fileAnswer(platform, answer(), List.of(), false, geneva("2026-01-21"), ENGINE);
        assertTrue(p.mayReadAnswerRequirements(platform), "after filing: what holds its Answer");
        assertTrue(p.timeLimits().answerDue(ENGINE).isPresent());
    }

    @Test
    void onlyTheCenterMayInviteANeutralWhileNoneIsAppointed_R8_1() {
        Procedure p = commenced();
        assertTrue(p.mayInviteNeutral(staff));
        assertFalse(p.mayInviteNeutral(alice));
        refuses(
                "R-8.1",
                () -> p.inviteNeutral(
                        expert,
                        alice,
                        List.of(),
                        false,
                        Requests.EARLY,
                        Requests.ENGINE,
                        geneva("2026-01-20"),
                        geneva("2026-01-23")));
        Requests.appoint(p, expert, geneva("2026-01-20"));
        assertFalse(p.mayInviteNeutral(staff), "a Neutral is appointed");
        refuses(
                "R-8.1",
                () -> p.inviteNeutral(
                        otherExpert,
                        staff,
                        List.of(),
                        false,
                        Requests.EARLY,
                        Requests.ENGINE,
                        geneva("2026-01-21"),
                        geneva("2026-01-24")));
    }

    @Test
    void onlyTheCenterMayOverrideAConflictThatBlocksTheInvitedCandidate_R9() {
        Procedure p = commenced();
        assertFalse(p.mayOverrideConflicts(staff), "nobody invited");
        refuses("R-9", () -> p.overrideConflicts(staff, "Fine", geneva("2026-01-20")));
        Conflict pastClient = new Conflict(
                Conflict.Source.DECLARED, "PAST_CLIENT: P", p.circle().sides().get(0), Conflict.Basis.NAME);
        p.inviteNeutral(
                expert,
                staff,
                List.of(pastClient),
                false,
                Requests.EARLY,
                Requests.ENGINE,
                geneva("2026-01-20"),
                geneva("2026-01-23"));
        assertTrue(p.mayOverrideConflicts(staff));
        assertFalse(p.mayOverrideConflicts(expert));
        refuses("R-9", () -> p.overrideConflicts(expert, "Fine", geneva("2026-01-20")));
        p.overrideConflicts(staff, "An old mandate", geneva("2026-01-20"));
        assertFalse(p.mayOverrideConflicts(staff), "no longer blocked");
        refuses("R-9", () -> p.overrideConflicts(staff, "Again", geneva("2026-01-20")));
    }

    @Test
    void onlyTheInvitedCandidateMayAcceptOrDecline_R9() {
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
        assertTrue(p.mayAnswerInvitation(expert));
        assertFalse(p.mayAnswerInvitation(otherExpert));
        refuses("R-9", () -> p.acceptAppointment(otherExpert, true, null, List.of(), geneva("2026-01-21")));
        refuses("R-9", () -> p.declineAppointment(otherExpert, "No", geneva("2026-01-21")));
    }

    @Test
    void onlyTheCenterMayReplaceTheAppointedNeutral_R10() {
        Procedure p = commenced();
        assertFalse(p.mayReplaceNeutral(staff), "no Neutral yet");
        refuses("R-10", () -> p.replaceNeutral(staff, "Ill", false, geneva("2026-01-21")));
        Requests.appoint(p, expert, geneva("2026-01-20"));
        assertTrue(p.mayReplaceNeutral(staff));
        assertFalse(p.mayReplaceNeutral(alice));
        refuses("R-10", () -> p.replaceNeutral(alice, "Biased", false, geneva("2026-01-21")));
    }

    @Test
    void onlyTheAppointedNeutralMayDisclose_R9() {
        Procedure p = commenced();
        assertFalse(p.mayDisclose(expert), "not appointed yet");
        refuses("R-9", () -> p.disclose(expert, "A past mandate", geneva("2026-01-21")));
        Requests.appoint(p, expert, geneva("2026-01-20"));
        assertTrue(p.mayDisclose(expert));
        assertFalse(p.mayDisclose(staff));
        refuses("R-9", () -> p.disclose(staff, "A past mandate", geneva("2026-01-21")));
    }

    @Test
    void onlyTheAppointedNeutralMayDetermineTheLanguage_R4_1() {
        Procedure p = commenced();
        assertFalse(p.mayDetermineLanguage(expert));
        refuses("R-4.1", () -> p.determineLanguage(expert, "en", "Both write English"));
        Requests.appoint(p, expert, geneva("2026-01-20"));
        assertTrue(p.mayDetermineLanguage(expert));
        assertFalse(p.mayDetermineLanguage(alice));
        refuses("R-4.1", () -> p.determineLanguage(alice, "en", "I prefer English"));
    }

    @Test
    void theNeutralMayNotDraftOrSignWhileNotAppointedNorOnceSigned_R14_1() {
        Procedure p = commenced();
        assertFalse(p.mayDraftResolution(expert));
        assertFalse(p.maySignResolution(expert));
        refuses(
                "R-14.1",
                () -> p.draftResolution(
                        expert, "d", "r", "x", ResolutionOutcome.FOR_REQUESTING_PARTY, geneva("2026-01-21")));
        Procedure appointed = appointed();
        assertTrue(appointed.mayDraftResolution(expert));
        assertFalse(appointed.mayDraftResolution(staff));
        refuses(
                "R-14.1",
                () -> appointed.draftResolution(
                        staff, "d", "r", "x", ResolutionOutcome.FOR_REQUESTING_PARTY, geneva("2026-01-21")));
        Procedure signed = signed();
        assertFalse(signed.mayDraftResolution(expert), "signed, never changed");
        assertFalse(signed.maySignResolution(expert));
        refuses(
                "R-14.1",
                () -> signed.draftResolution(
                        expert, "d2", "r", "x", ResolutionOutcome.FOR_REQUESTING_PARTY, geneva("2026-02-02")));
    }

    @Test
    void onlyTheCenterMayCommunicateASignedResolution_R14_3() {
        Procedure unsigned = appointed();
        assertFalse(unsigned.mayCommunicateResolution(staff));
        refuses("R-14.3", () -> unsigned.communicateResolution(staff, geneva("2026-02-02")));
        Procedure p = signed();
        assertTrue(p.mayCommunicateResolution(staff));
        assertFalse(p.mayCommunicateResolution(expert));
        refuses("R-14.3", () -> p.communicateResolution(expert, geneva("2026-02-02")));
        p.communicateResolution(staff, geneva("2026-02-02"));
        assertFalse(p.mayCommunicateResolution(staff), "once");
        refuses("R-14.3", () -> p.communicateResolution(staff, geneva("2026-02-03")));
    }

    @Test
    void onlyTheCenterMayExtendTheResolutionPeriodOfAnAppointedRunningProcedure_R14_2() {
        Procedure p = commenced();
        assertFalse(p.mayExtendResolutionPeriod(staff), "no appointment yet");
        refuses("R-14.2", () -> p.extendResolutionPeriod(staff, 45, "complex", ENGINE));
        Procedure appointed = appointed();
        assertTrue(appointed.mayExtendResolutionPeriod(staff));
        assertFalse(appointed.mayExtendResolutionPeriod(expert));
        refuses("R-14.2", () -> appointed.extendResolutionPeriod(expert, 45, "complex", ENGINE));
        appointed.terminate(staff, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-02-01"));
        assertFalse(appointed.mayExtendResolutionPeriod(staff), "ended");
        refuses("R-14.2", () -> appointed.extendResolutionPeriod(staff, 45, "complex", ENGINE));
    }

    @Test
    void theCircleAndTheCenterMayCommunicateWhileTheProcedureIsConducted_R11_1() {
        Procedure filed = filed();
        assertFalse(filed.mayCommunicate(alice), "not commenced");
        refuses("R-11.1", () -> filed.sendMessage(alice, "Hello", null, null, List.of(), true, geneva("2026-01-02")));
        Procedure p = appointed();
        for (UserAccount member : List.of(alice, platform, expert, staff)) {
            assertTrue(p.mayCommunicate(member), member.email());
        }
        assertFalse(p.mayCommunicate(outsider));
        refuses("R-11.1", () -> p.sendMessage(outsider, "Hello", null, null, List.of(), true, geneva("2026-01-21")));
        p.terminate(staff, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-02-01"));
        assertFalse(p.mayCommunicate(alice), "ended");
        refuses("R-11.1", () -> p.sendMessage(alice, "Hello", null, null, List.of(), true, geneva("2026-02-02")));
    }

    @Test
    void onlyAPartyMayObjectWhileConducted_R16() {
        Procedure p = appointed();
        assertTrue(p.mayObject(alice));
        assertTrue(p.mayObject(platform));
        for (UserAccount notAParty : List.of(expert, staff)) {
            assertFalse(p.mayObject(notAParty), notAParty.email());
            refuses(
                    "R-16",
                    () -> p.object(notAParty, "Late", LocalDate.parse("2026-01-20"), true, geneva("2026-01-21")));
        }
    }

    @Test
    void aPartyOrTheNeutralMayAddressOneSideOnlyOnceTheNeutralAllowedIt_R11_2() {
        Procedure p = appointed();
        assertFalse(p.mayAddressOneSide(alice));
        refuses(
                "R-11.2",
                () -> p.sendMessage(
                        alice,
                        "Between us",
                        Communication.Author.NEUTRAL,
                        null,
                        List.of(),
                        true,
                        geneva("2026-01-21")));
        p.allowExParte(expert, "Separate settlement talks.", geneva("2026-01-21"));
        assertTrue(p.mayAddressOneSide(alice));
        assertTrue(p.mayAddressOneSide(expert));
        assertFalse(p.mayAddressOneSide(staff), "the Center writes to everyone");
        p.sendMessage(alice, "Between us", Communication.Author.NEUTRAL, null, List.of(), true, geneva("2026-01-22"));
    }

    @Test
    void theCenterAndThePayingPartiesMaySeeTheFees_R17() {
        Procedure p = appointed();
        assertTrue(p.maySeeFees(staff));
        assertTrue(p.maySeeFees(alice));
        assertTrue(p.maySeeFees(platform));
        assertFalse(p.maySeeFees(expert), "the fees are between the Parties and the Center");
        assertFalse(p.maySeeFees(outsider));
    }

    @Test
    void theCircleAndTheCenterMayRecordADisclosureOutsideItAlsoAfterTheEnd_R13_2() {
        Procedure p = appointed();
        p.terminate(staff, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-02-01"));
        for (UserAccount member : List.of(alice, platform, expert, staff)) {
            assertTrue(p.mayRecordExternalDisclosure(member), member.email());
        }
        assertFalse(p.mayRecordExternalDisclosure(outsider));
        refuses(
                "R-13.2",
                () -> p.recordExternalDisclosure(
                        outsider,
                        ExternalDisclosure.Ground.REQUIRED_BY_LAW,
                        "A court",
                        "The Resolution",
                        geneva("2026-02-02")));
        p.recordExternalDisclosure(
                alice, ExternalDisclosure.Ground.REQUIRED_BY_LAW, "A court", "The Resolution", geneva("2026-02-02"));
    }

    @Test
    void eachMayWriteTheKindsOfItsRole_R11_R16_R4_2_R11_3_R15() {
        Procedure p = appointed();
        assertEquals(
                List.of(
                        Communication.Kind.MESSAGE,
                        Communication.Kind.TRANSLATION_ORDER,
                        Communication.Kind.SETTLEMENT_SUGGESTION,
                        Communication.Kind.EX_PARTE_DETERMINATION,
                        Communication.Kind.BAD_FAITH_REPORT),
                p.permissionsFor(expert).communicationKinds());
        assertEquals(
                List.of(Communication.Kind.MESSAGE, Communication.Kind.OBJECTION),
                p.permissionsFor(alice).communicationKinds());
        assertEquals(
                List.of(Communication.Kind.MESSAGE), p.permissionsFor(staff).communicationKinds());
        assertEquals(List.of(), p.permissionsFor(outsider).communicationKinds());
        assertFalse(p.mayOrderTranslation(alice));
        refuses(
                "R-4.2",
                () -> p.orderTranslation(
                        alice,
                        Communication.Author.RESPONDING_PARTY,
                        "en",
                        LocalDate.parse("2026-03-01"),
                        "Annex 2",
                        geneva("2026-01-21")));
        assertFalse(p.maySuggestSettlement(alice));
        refuses("R-15", () -> p.suggestSettlement(alice, "Let us settle", geneva("2026-01-21")));
        assertFalse(p.mayAllowExParte(platform));
        refuses("R-11.2", () -> p.allowExParte(platform, "Allowed", geneva("2026-01-21")));
        assertFalse(p.mayReportBadFaith(staff));
        refuses(
                "R-11.3",
                () -> p.reportBadFaith(
                        staff, Communication.Author.REQUESTING_PARTY, "Forged", List.of(), geneva("2026-01-21")));
    }

    @Test
    void theCenterOrTheNeutralMayTerminateOnTheGroundsEachMayUse_R15() {
        Procedure p = appointed();
        assertTrue(p.mayTerminate(staff));
        assertTrue(p.mayTerminate(expert));
        assertFalse(p.mayTerminate(alice));
        assertTrue(p.permissionsFor(alice).terminationGrounds().isEmpty());
        refuses("R-15", () -> p.terminate(alice, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-02-01")));
        assertEquals(p.terminationGroundsFor(expert), p.permissionsFor(expert).terminationGrounds());
        Procedure signed = signed();
        assertFalse(signed.mayTerminate(expert), "the Resolution is made");
        refuses(
                "R-15",
                () -> signed.terminate(expert, TerminationGround.COURT_PROCEEDINGS, null, geneva("2026-02-02")));
    }

    @Test
    void thePermissionsOfAViewerAreItsPredicates() {
        Procedure p = appointed();
        for (UserAccount viewer : List.of(alice, platform, expert, staff, outsider)) {
            ProcedurePermissions may = p.permissionsFor(viewer);
            assertEquals(
                    List.of(
                            p.mayCommence(viewer),
                            p.mayFileAnswer(viewer),
                            p.mayInviteNeutral(viewer),
                            p.mayOverrideConflicts(viewer),
                            p.mayReplaceNeutral(viewer),
                            p.mayDisclose(viewer),
                            p.mayDetermineLanguage(viewer),
                            p.mayDraftResolution(viewer),
                            p.mayCommunicateResolution(viewer),
                            p.mayExtendResolutionPeriod(viewer),
                            p.mayCommunicate(viewer),
                            p.mayObject(viewer),
                            p.mayAddressOneSide(viewer),
                            p.maySeeFees(viewer),
                            p.mayRecordExternalDisclosure(viewer),
                            p.mayTerminate(viewer)),
                    List.of(
                            may.commence(),
                            may.fileAnswer(),
                            may.inviteNeutral(),
                            may.overrideConflicts(),
                            may.replaceNeutral(),
                            may.disclose(),
                            may.determineLanguage(),
                            may.draftResolution(),
                            may.communicateResolution(),
                            may.extendResolutionPeriod(),
                            may.communicate(),
                            may.object(),
                            may.addressOneSide(),
                            may.seeFees(),
                            may.recordExternalDisclosure(),
                            may.terminate()),
                    viewer.email());
        }
    }

    @Test
    void aNeutralReplacedLeavesWithItsPermissions_R10() {
        Procedure p = appointed();
        p.replaceNeutral(staff, "Ill", false, geneva("2026-01-25"));
        assertFalse(p.mayDisclose(expert));
        assertFalse(p.mayCommunicate(expert));
        assertTrue(p.mayInviteNeutral(staff), "a substitute is invited");
        assertTrue(p.mayExtendResolutionPeriod(staff), "the period of an appointed, running Procedure");
        p.inviteNeutral(
                otherExpert,
                staff,
                List.of(),
                true,
                Requests.EARLY,
                Requests.ENGINE,
                geneva("2026-01-26"),
                geneva("2026-01-26").plus(Duration.ofDays(3)));
        assertTrue(p.mayAnswerInvitation(otherExpert));
    }
}
