package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** R-ACC.3: a representative acts for a Party only under an authorisation, for one Procedure or for all. */
class RepresentationTest {

    private static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount lawyer = account("lawyer@lexfirm.example", Role.PARTY);
    private final UserAccount mallory = account("mallory@example.org", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UUID one = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private Representation invited(UUID procedure) {
        Representation r = Representation.invite(alice, " Lawyer@LexFirm.example ", procedure, T0);
        alice.authorises(r);
        return r;
    }

    @Test
    void anInvitationAcceptedByTheInvitedAddressAuthorisesForAll_RACC3() {
        Representation r = invited(null);
        assertFalse(alice.isRepresentedBy(lawyer, one), "not before it is accepted");
        assertFalse(r.mayAccept(mallory));
        RuleViolation wrong = assertThrows(RuleViolation.class, () -> r.accept(mallory, T0));
        assertEquals("R-ACC.3", wrong.ruleId());
        assertEquals("rule.representation.otherAddress", wrong.messageKey());
        assertTrue(r.mayAccept(lawyer));
        r.accept(lawyer, T0.plusSeconds(60));
        assertEquals(Representation.State.ACTIVE, r.state());
        assertEquals(T0.plusSeconds(60), r.authorisedAt().orElseThrow());
        assertTrue(alice.isRepresentedBy(lawyer, one));
        assertTrue(alice.isRepresentedBy(lawyer, other), "scope all: every Procedure of the Party");
        assertFalse(alice.isRepresentedBy(mallory, one));
        assertThrows(RuleViolation.class, () -> r.accept(lawyer, T0), "an accepted invitation is used");
    }

    @Test
    void scopeOneCoversThatProcedureOnly_RACC3() {
        Representation r = invited(one);
        r.accept(lawyer, T0);
        assertTrue(alice.isRepresentedBy(lawyer, one));
        assertFalse(alice.isRepresentedBy(lawyer, other));
    }

    @Test
    void revocationEndsTheAuthorisationAtOnce_RACC3() {
        Representation r = invited(null);
        r.accept(lawyer, T0);
        assertFalse(r.mayRevoke(lawyer), "only the Party (or staff) revokes");
        assertThrows(RuleViolation.class, () -> r.revoke(lawyer, T0));
        assertTrue(r.mayRevoke(alice));
        r.revoke(alice, T0.plusSeconds(5));
        assertEquals(Representation.State.REVOKED, r.state());
        assertFalse(alice.isRepresentedBy(lawyer, one));
        assertFalse(r.mayRevoke(alice), "once");
    }

    @Test
    void aPowerOfAttorneyCountsOnlyOnceStaffAcceptItForThePartyItNames_RACC3() {
        Representation r = Representation.filePowerOfAttorney(
                lawyer, " dcti-7kq9-m3xd ", "Alice@Example.org", UUID.randomUUID(), T0);
        assertEquals("DCTI-7KQ9-M3XD", r.filedReference().orElseThrow());
        assertEquals("alice@example.org", r.filedPartyEmail().orElseThrow());
        assertEquals(Representation.State.PENDING, r.state());
        assertFalse(r.isMatched());
        assertFalse(r.mayKnowParty(lawyer), "the filer learns nothing before a decision");
        r.concerns(alice, null, one);
        assertFalse(alice.isRepresentedBy(lawyer, one));
        assertFalse(r.mayKnowParty(lawyer), "nor once matched: only staff see the match");
        assertTrue(r.mayKnowParty(staff));
        assertFalse(r.mayDecide(lawyer));
        assertThrows(RuleViolation.class, () -> r.decide(lawyer, true, null, T0));
        r.decide(staff, true, null, T0);
        assertTrue(alice.isRepresentedBy(lawyer, one));
        assertFalse(alice.isRepresentedBy(lawyer, other), "a power of attorney covers its one Procedure");
        assertTrue(r.mayKnowParty(lawyer), "once in force the representative knows whom it represents");
        assertEquals(staff.email(), r.decidedBy().orElseThrow());
    }

    @Test
    void aRefusalSaysWhyAndAFilingThatNamesNoPartyCanOnlyBeRefused_RACC3() {
        Representation unmatched = Representation.filePowerOfAttorney(
                mallory, "DCTI-0000-0000", "alice@example.org", UUID.randomUUID(), T0);
        RuleViolation noParty = assertThrows(RuleViolation.class, () -> unmatched.decide(staff, true, "ok", T0));
        assertEquals("rule.representation.unmatched", noParty.messageKey());
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> unmatched.decide(staff, false, " ", T0));
        assertEquals("/reason", noReason.field());
        assertEquals("rule.representation.reason", noReason.messageKey());
        unmatched.decide(staff, false, "The document does not name you as counsel.", T0);
        assertEquals(Representation.State.REFUSED, unmatched.state());
        assertEquals(
                "The document does not name you as counsel.", unmatched.reason().orElseThrow());
        assertFalse(unmatched.mayKnowParty(mallory));
        assertThrows(RuleViolation.class, () -> unmatched.decide(staff, false, "again", T0), "decided once");
    }

    @Test
    void aPowerOfAttorneyIsCheckedForItsFormOnly_RACC3() {
        UUID document = UUID.randomUUID();
        assertEquals(
                "/reference",
                assertThrows(
                                RuleViolation.class,
                                () -> Representation.filePowerOfAttorney(
                                        lawyer, "not a reference", "alice@example.org", document, T0))
                        .field());
        assertEquals(
                "/partyEmail",
                assertThrows(
                                RuleViolation.class,
                                () -> Representation.filePowerOfAttorney(
                                        lawyer, "DCTI-7KQ9-M3XD", "alice", document, T0))
                        .field());
        assertEquals(
                "rule.representation.self",
                assertThrows(
                                RuleViolation.class,
                                () -> Representation.filePowerOfAttorney(
                                        lawyer, "DCTI-7KQ9-M3XD", lawyer.email(), document, T0))
                        .messageKey());
        assertEquals(
                "/document",
                assertThrows(
                                RuleViolation.class,
                                () -> Representation.filePowerOfAttorney(
                                        lawyer, "DCTI-7KQ9-M3XD", "alice@example.org", null, T0))
                        .field());
    }

    @Test
    void aMediationScopeCoversThatMediationAndNoProcedure_RACC3() {
        UUID mediation = UUID.randomUUID();
        Representation r = Representation.inviteForMediation(alice, lawyer.email(), mediation, T0);
        alice.authorises(r);
        r.accept(lawyer, T0);
        assertTrue(lawyer.representsInMediation(alice.email(), mediation));
        assertFalse(lawyer.representsInMediation(alice.email(), UUID.randomUUID()));
        assertFalse(lawyer.representsInMediation(mallory.email(), mediation), "for the Party who authorised only");
        assertFalse(alice.isRepresentedBy(lawyer, one), "no Procedure");
        assertFalse(r.coversAll());
    }

    @Test
    void badAddressesAreRefusedNamingFieldAndRule_RACC3() {
        RuleViolation bad = assertThrows(RuleViolation.class, () -> Representation.invite(alice, "nope", null, T0));
        assertEquals("/email", bad.field());
        assertEquals("rule.representation.email", bad.messageKey());
        RuleViolation self =
                assertThrows(RuleViolation.class, () -> Representation.invite(alice, "ALICE@example.org", null, T0));
        assertEquals("rule.representation.self", self.messageKey());
    }
}
