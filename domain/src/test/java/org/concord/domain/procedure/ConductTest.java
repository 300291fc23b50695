package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.Domicile;
import org.junit.jupiter.api.Test;

/** R-11.2 (no ex parte), R-16 (objections), 11(f), R-4.2 and 15(a): the conduct of the Procedure. */
class ConductTest {

    private static final Instant NOW = LocalDate.parse("2026-02-10")
            .atTime(10, 0)
            .atZone(ZoneId.of("Europe/Zurich"))
            .toInstant();

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount platform = account("legal@platform.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount expert = account("expert@example.org", Role.NEUTRAL);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private Procedure appointed() {
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", NOW.minusSeconds(40 * 86_400));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, NOW.minusSeconds(39 * 86_400));
        p.commence(platform, staff, NOW.minusSeconds(38 * 86_400));
        Requests.appoint(p, expert, NOW.minusSeconds(10 * 86_400));
        return p;
    }

    private static boolean sees(Procedure p, UserAccount who, Communication c) {
        return p.conduct().visibleTo(who).contains(c);
    }

    @Test
    void everythingGoesToBothPartiesAndTheNeutral_R11_1() {
        Procedure p = appointed();
        Communication message = p.sendMessage(alice, "Here is more evidence.", null, null, List.of(), true, NOW);
        for (UserAccount who : List.of(alice, platform, expert, staff)) {
            assertTrue(sees(p, who, message), who.email());
        }
        assertEquals(
                "/text",
                assertThrows(RuleViolation.class, () -> p.sendMessage(alice, " ", null, null, List.of(), true, NOW))
                        .field());
    }

    @Test
    void noPartySpeaksToTheNeutralAloneUntilTheNeutralAllowsIt_R11_2() {
        Procedure p = appointed();
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> p.sendMessage(
                        alice, "Just between us", Communication.Author.NEUTRAL, null, List.of(), true, NOW));
        assertEquals("R-11.2", refused.ruleId());
        assertThrows(
                RuleViolation.class,
                () -> p.sendMessage(expert, "Psst", Communication.Author.REQUESTING_PARTY, null, List.of(), true, NOW),
                "nor the Neutral to one Party");
        assertThrows(RuleViolation.class, () -> p.allowExParte(alice, "I allow it", NOW), "only the Neutral");

        p.allowExParte(expert, "After consulting both Parties: separate settlement talks.", NOW);
        Communication aside =
                p.sendMessage(alice, "Our bottom line", Communication.Author.NEUTRAL, null, List.of(), true, NOW);
        assertTrue(sees(p, expert, aside));
        assertTrue(sees(p, staff, aside));
        assertFalse(sees(p, platform, aside), "the other side does not see it");
        assertThrows(
                RuleViolation.class,
                () -> p.sendMessage(
                        alice,
                        "To the platform alone",
                        Communication.Author.RESPONDING_PARTY,
                        null,
                        List.of(),
                        true,
                        NOW),
                "only Party and Neutral");
    }

    @Test
    void anUnpaidPartysMessageIsHeldUntilItPays_R17_2() {
        Procedure p = appointed();
        Communication held = p.sendMessage(platform, "Our terms", null, null, List.of(), false, NOW);
        assertFalse(sees(p, alice, held));
        assertTrue(sees(p, platform, held));
        assertTrue(sees(p, staff, held));
        p.releaseHeldFilings(ParticipantRole.RESPONDING_PARTY, NOW);
        assertTrue(sees(p, alice, held));
    }

    @Test
    void anObjectionShowsWhenThePartyKnew_R16() {
        Procedure p = appointed();
        assertEquals(
                "/knewOn",
                assertThrows(
                                RuleViolation.class,
                                () -> p.object(alice, "Late Answer accepted", LocalDate.parse("2026-03-01"), true, NOW))
                        .field());
        assertThrows(
                RuleViolation.class,
                () -> p.object(expert, "x", LocalDate.parse("2026-02-01"), true, NOW),
                "a Party objects");
        Communication objection = p.object(alice, "The Answer came late", LocalDate.parse("2026-01-20"), true, NOW);
        assertEquals(LocalDate.parse("2026-01-20"), objection.knewOn().orElseThrow());
        assertTrue(sees(p, platform, objection));
    }

    @Test
    void aReportOfBadFaithGoesToTheCenterAlone_R11_3() {
        Procedure p = appointed();
        Communication report = p.reportBadFaith(
                expert, Communication.Author.REQUESTING_PARTY, "The notice was forged.", List.of(), NOW);
        assertTrue(sees(p, staff, report));
        assertTrue(sees(p, expert, report));
        assertFalse(sees(p, alice, report));
        assertFalse(sees(p, platform, report));
        assertThrows(
                RuleViolation.class,
                () -> p.reportBadFaith(staff, Communication.Author.REQUESTING_PARTY, "x", List.of(), NOW));
    }

    @Test
    void aMessagesAnnexIsDownloadableByWhoeverReadsTheMessage_R13_1_R11_3() {
        Procedure p = appointed();
        Communication report = p.reportBadFaith(
                expert,
                Communication.Author.REQUESTING_PARTY,
                "The notice was forged.",
                List.of(new Upload(DocumentKind.ANNEX, "notice.txt", "text/plain", "forged".getBytes())),
                NOW);
        UUID evidence = report.documents().get(0).id();
        assertEquals(
                evidence, p.documentVisibleTo(evidence, staff).orElseThrow().id());
        assertEquals(
                evidence, p.documentVisibleTo(evidence, expert).orElseThrow().id());
        assertTrue(p.documentVisibleTo(evidence, alice).isEmpty(), "the Parties do not see a report of bad faith");
        assertTrue(p.documentVisibleTo(evidence, platform).isEmpty());
        assertTrue(p.documentVisibleTo(UUID.randomUUID(), staff).isEmpty());

        Communication message = p.sendMessage(
                alice,
                "The licence",
                null,
                null,
                List.of(new Upload(DocumentKind.ANNEX, "licence.txt", "text/plain", "licence".getBytes())),
                true,
                NOW);
        UUID annex = message.documents().get(0).id();
        assertTrue(p.documentVisibleTo(annex, platform).isPresent(), "R-11.1: the other Party reads it");
        assertTrue(p.documentVisibleTo(annex, expert).isPresent());
        assertTrue(p.documentVisibleTo(annex, account("outsider@example.org", Role.PARTY))
                .isEmpty());
    }

    @Test
    void aDisclosureOutsideTheCircleIsRecordedWithItsGround_R13_2() {
        Procedure p = appointed();
        UserAccount outsider = account("journalist@example.org", Role.PARTY);
        assertThrows(
                RuleViolation.class,
                () -> p.recordExternalDisclosure(outsider, ExternalDisclosure.Ground.PUBLIC_DOMAIN, "press", "x", NOW),
                "not in the circle");
        assertEquals(
                "/ground",
                assertThrows(
                                RuleViolation.class,
                                () -> p.recordExternalDisclosure(
                                        alice, null, "Tribunal judiciaire de Paris", "The Resolution", NOW))
                        .field());
        p.recordExternalDisclosure(
                alice,
                ExternalDisclosure.Ground.LEGAL_PROCEEDINGS,
                "Tribunal judiciaire de Paris",
                "The Resolution, as evidence (Article 14(e))",
                NOW);
        assertEquals(
                ExternalDisclosure.Ground.LEGAL_PROCEEDINGS,
                p.circle().externalDisclosures().get(0).ground());
    }

    @Test
    void aTranslationOrderIsATrackedItemWithADueDate_R4_2() {
        Procedure p = appointed();
        assertEquals(
                "/dueOn",
                assertThrows(
                                RuleViolation.class,
                                () -> p.orderTranslation(
                                        expert,
                                        Communication.Author.RESPONDING_PARTY,
                                        "fr",
                                        LocalDate.parse("2026-02-10"),
                                        "Annex 3",
                                        NOW))
                        .field());
        Communication order = p.orderTranslation(
                expert,
                Communication.Author.RESPONDING_PARTY,
                "fr",
                LocalDate.parse("2026-02-20"),
                "Translate annex 3, section 2",
                NOW);
        assertEquals(LocalDate.parse("2026-02-20"), order.dueOn().orElseThrow());
        Communication translation =
                p.sendMessage(platform, "Translation attached", null, order.id(), List.of(), true, NOW);
        assertEquals(order.id(), translation.inReplyTo().orElseThrow());
        p.suggestSettlement(expert, "Consider mediation (Article 15(a)).", NOW);
        assertEquals(
                List.of(
                        Communication.Kind.TRANSLATION_ORDER,
                        Communication.Kind.MESSAGE,
                        Communication.Kind.SETTLEMENT_SUGGESTION),
                p.conduct().visibleTo(alice).stream().map(Communication::kind).toList());
    }
}
