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
    void aPowerOfAttorneyCountsOnlyOnceStaffAcceptIt_RACC3() {
        Representation r = Representation.filePowerOfAttorney(lawyer, alice, one, UUID.randomUUID(), T0);
        alice.authorises(r);
        assertFalse(alice.isRepresentedBy(lawyer, one));
        assertFalse(r.mayDecide(lawyer));
        assertThrows(RuleViolation.class, () -> r.decide(lawyer, true, T0));
        r.decide(staff, true, T0);
        assertTrue(alice.isRepresentedBy(lawyer, one));
        Representation refused = Representation.filePowerOfAttorney(mallory, alice, one, UUID.randomUUID(), T0);
        alice.authorises(refused);
        refused.decide(staff, false, T0);
        assertEquals(Representation.State.REFUSED, refused.state());
        assertFalse(alice.isRepresentedBy(mallory, one));
        assertThrows(RuleViolation.class, () -> Representation.filePowerOfAttorney(lawyer, alice, one, null, T0));
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
