package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;

class ProcedureTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-31T22:30:00Z");

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount bob = account("bob@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount neutral = account("expert@example.org", Role.NEUTRAL);
    private final UserAccount otherNeutral = account("other.expert@example.org", Role.NEUTRAL);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount admin = account("admin@center.example", Role.CENTER_ADMIN);

    static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "hash", Set.of(role), Locale.ENGLISH, RECEIVED);
    }

    /** A Request whose filing fee is paid (R-17.2: released). */
    private Procedure request() {
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "Streamly", "My video was removed.", RECEIVED);
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, RECEIVED);
        return p;
    }

    @Test
    void aRequestIsHeldUntilItsFilingFeeIsPaidAndOnlyThenCommences_R17_2_R6() {
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "Streamly", "My video was removed.", RECEIVED);
        assertTrue(p.circle().requestFiling().isHeld(), "held: fees unpaid");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> p.commence(platform, staff, RECEIVED));
        assertEquals("R-6", refused.ruleId());
        assertEquals(
                List.of(),
                p.releaseHeldFilings(ParticipantRole.RESPONDING_PARTY, RECEIVED),
                "the other Party's payment releases nothing of the Requesting Party's");
        assertEquals(
                1,
                p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, RECEIVED.plusSeconds(60))
                        .size());
        assertFalse(p.circle().requestFiling().isHeld());
        assertEquals(
                RECEIVED.plusSeconds(60),
                p.circle().requestFiling().releasedAt().orElseThrow(),
                "nothing lost, kept");
        p.commence(platform, staff, RECEIVED.plusSeconds(120));
        assertEquals(ProcedureState.COMMENCED, p.state());
    }

    @Test
    void theCenterTerminatesBeforeAppointmentOnly_R15() {
        Procedure settled = request();
        settled.terminate(staff, TerminationGround.SETTLED_BEFORE_APPOINTMENT, null, RECEIVED);
        assertEquals(ProcedureState.TERMINATED, settled.state());
        assertEquals(
                TerminationGround.SETTLED_BEFORE_APPOINTMENT,
                settled.termination().ground().orElseThrow());

        Procedure appointed = request();
        appointed.commence(platform, staff, RECEIVED);
        Requests.appoint(appointed, neutral, RECEIVED);
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> appointed.terminate(staff, TerminationGround.OUT_OF_SCOPE, null, RECEIVED));
        assertEquals("R-17.4", refused.ruleId());
        assertThrows(RuleViolation.class, () -> request().commence(alice, staff, RECEIVED), "not against oneself");
    }

    @Test
    void aFiledRequestWaitsForTheCenterAndRecordsItsGenevaReceiptDate_R3_2() {
        Procedure p = request();
        assertEquals(ProcedureState.REQUEST_FILED, p.state());
        assertEquals(alice, p.circle().requestingParty());
        assertEquals(LocalDate.parse("2026-04-01"), p.receivedDate(), "00:30 CEST on 1 April in Geneva (E3)");
    }

    @Test
    void onlyTheCircleSeesAProcedure_R13_1() {
        Procedure p = request();
        assertTrue(p.isVisibleTo(alice), "requesting party");
        assertTrue(p.isVisibleTo(staff), "the Center's staff");
        assertTrue(p.isVisibleTo(admin), "the Center's administrators");
        assertFalse(p.isVisibleTo(bob), "another party");
        assertFalse(p.isVisibleTo(platform), "the platform before commencement is not yet a party");
        assertFalse(p.isVisibleTo(neutral), "a neutral not appointed");
        assertFalse(p.isVisibleTo(null), "anonymous");

        p.commence(platform, staff, RECEIVED.plusSeconds(86_400));
        Requests.appoint(p, neutral, RECEIVED.plusSeconds(2 * 86_400));
        assertTrue(p.isVisibleTo(platform), "responding party after commencement");
        assertTrue(p.isVisibleTo(neutral), "appointed neutral");
        assertFalse(p.isVisibleTo(otherNeutral), "another neutral");
        assertFalse(p.isVisibleTo(bob), "another party");
    }

    @Test
    void aDescriptionOverThreeThousandWordsIsRefusedNamingTheField_R5_2() {
        RuleViolation v = assertThrows(
                RuleViolation.class,
                () -> Requests.file(alice, Matter.TRADEMARK, "Streamly", "word ".repeat(3001), RECEIVED));
        assertEquals("R-5.2", v.ruleId());
        assertEquals("/description", v.field());
    }

    @Test
    void everyMissingItemOfArticle5bIsNamedAndTheFirstIsTheField_R5_1() {
        RequestItems empty =
                new RequestItems(null, null, " ", null, null, null, Set.of(), "", null, null, false, null, false);
        List<String> items = empty.missing(false, Set.of()).stream()
                .map(m -> m.item() + " " + m.field())
                .toList();
        assertEquals(
                List.of(
                        "5(b)(i) /capacity",
                        "5(b)(ii) /platformName",
                        "5(b)(ii) /platformReference",
                        "5(b)(ii) /platformCorrespondenceEmail",
                        "5(b)(iii) /matter",
                        "5(b)(iii) /restrictions",
                        "5(b)(iii) /description",
                        "5(b)(iii) /remedy",
                        "5(b)(v) /statementOfReasons",
                        "5(b)(vi) /ichsDecision",
                        "5(b)(vii) /domicile",
                        "5(b)(vii) /submitsToJurisdiction",
                        "5(b)(viii) /otherProceedings"),
                items);
        RuleViolation v =
                assertThrows(RuleViolation.class, () -> Procedure.fileRequest(alice, empty, null, List.of(), RECEIVED));
        assertEquals("/capacity", v.field());
        assertTrue(v.getMessage().contains("5(b)(viii)"), "the message lists every missing item");
        assertEquals(
                "/matter",
                assertThrows(RuleViolation.class, () -> Requests.file(alice, null, "Streamly", "x", RECEIVED))
                        .field());
        assertEquals(
                "R-2",
                assertThrows(RuleViolation.class, () -> Requests.file(alice, null, "Streamly", "x", RECEIVED))
                        .ruleId());
    }

    @Test
    void aRightholderAttachesTheNoticeAndTheIchsDecisionOrSaysThereIsNone_R5_1_readings() {
        RequestItems rightholder = new RequestItems(
                RequesterCapacity.RIGHTHOLDER,
                "Counsel LLP, k@counsel.example",
                "Streamly",
                "p-1",
                "rights@example.org",
                Matter.TRADEMARK,
                Set.of(Restriction.ACCOUNT),
                "Fakes.",
                "Confirm the termination",
                new Domicile("DE", null),
                true,
                "None",
                false);
        assertEquals(
                List.of("/notice", "/ichsDecision"),
                rightholder.missing(true, Set.of()).stream()
                        .map(RequestItems.Missing::field)
                        .toList());
        assertEquals(
                List.of(),
                rightholder.missing(
                        true,
                        Set.of(
                                org.concord.domain.document.DocumentKind.NOTICE,
                                org.concord.domain.document.DocumentKind.ICHS_DECISION)));
    }

    @Test
    void theRequestKeepsItsItemsAndItsAnnexesWithTheirHash_R5_1_RC2() {
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "Streamly", "Removed.", RECEIVED);
        assertEquals(Set.of(Restriction.VISIBILITY), p.restrictions());
        assertEquals("FR", p.request().requesterDomicile().orElseThrow());
        var annex = p.circle().requestFiling().documents().get(0);
        assertEquals("text/plain", annex.mediaType());
        assertEquals(64, annex.sha256().length());
        assertEquals(20, annex.size());
    }

    @Test
    void onlyAPartyFilesAndOnlyANeutralIsAppointed() {
        assertThrows(RuleViolation.class, () -> Requests.file(staff, Matter.COPYRIGHT, "Streamly", "x", RECEIVED));
        Procedure p = request();
        assertThrows(RuleViolation.class, () -> Requests.appoint(p, neutral, RECEIVED), "not commenced yet (R-8.1)");
        p.commence(platform, staff, RECEIVED);
        assertThrows(RuleViolation.class, () -> Requests.appoint(p, bob, RECEIVED));
        assertThrows(RuleViolation.class, () -> p.commence(platform, staff, RECEIVED), "commences once (R-6)");
    }

    @Test
    void aCommencedProcedureHasItsTimeLimitsAtBothDomiciles_R7_R8_1_R14_2() {
        DeadlineEngine engine = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
        alice.domicileIn(Domicile.parse("FR"));
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = request();
        assertEquals(List.of(), p.timeLimits().deadlines(engine), "nothing runs before commencement");
        p.commence(platform, staff, Instant.parse("2027-01-04T09:00:00Z"));
        List<ProcedureDeadline> deadlines = p.timeLimits().deadlines(engine);
        assertEquals(ProcedureDeadline.Kind.ANSWER, deadlines.get(0).kind());
        assertEquals(LocalDate.parse("2027-01-25"), deadlines.get(0).deadline().due(), "E1: Sunday 24 → Monday 25");
        assertEquals(
                LocalDate.parse("2027-02-04"), deadlines.get(1).deadline().due(), "10 days after the Answer period");
        assertEquals(LocalDate.parse("2027-04-05"), deadlines.get(2).deadline().due(), "90 days: Sunday 4 April → 5");

        Requests.appoint(p, neutral, Instant.parse("2027-02-01T10:00:00Z"));
        List<ProcedureDeadline> appointed = p.timeLimits().deadlines(engine);
        assertEquals(ProcedureDeadline.Kind.RESOLUTION, appointed.get(2).kind());
        assertEquals(LocalDate.parse("2027-03-03"), appointed.get(2).deadline().due(), "30 days after appointment");
        assertEquals(ProcedureDeadline.Kind.RESOLUTION_CAP, appointed.get(3).kind());
    }

    @Test
    void withoutAPartysDomicileNoTimeLimitIsGuessed_R3_4() {
        DeadlineEngine engine = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
        Procedure p = request();
        p.commence(platform, staff, RECEIVED);
        assertEquals(List.of(), p.timeLimits().deadlines(engine));
    }

    @Test
    void idsAndReferencesAreRandom() {
        Procedure a = request();
        Procedure b = request();
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.reference(), b.reference());
        assertTrue(a.reference().value().matches("DCTI-[0-9A-Z]{4}-[0-9A-Z]{4}"));
        assertThrows(IllegalArgumentException.class, () -> new ProcedureReference("DCTI-0001-OOOO"));
    }
}
