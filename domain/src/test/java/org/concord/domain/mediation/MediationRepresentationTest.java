package org.concord.domain.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.junit.jupiter.api.Test;

/**
 * R-ACC.3, R-M2: a representative a Party authorised for all its matters, or for one mediation, is in that mediation's
 * circle on the Party's side, as a representative, while the authorisation is in force; revoked, it is out at once.
 */
class MediationRepresentationTest {

    private static final Instant T = Instant.parse("2027-02-01T09:00:00Z");
    private static final Set<String> DIRECTORY = Set.of("med1@example.org", "med2@example.org");

    private final UserAccount anna = account("anna@example.org", Role.PARTY);
    private final UserAccount bert = account("bert@example.org", Role.PARTY);
    private final UserAccount lawyer = account("counsel@law.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email.substring(0, email.indexOf('@')), "h", Set.of(role), Locale.ENGLISH, T);
    }

    private Mediation requested() {
        return Mediation.request(anna, "bert@example.org", "A licence dispute over photographs", "en", T);
    }

    private Representation forAll() {
        Representation r = Representation.invite(anna, lawyer.email(), null, T);
        anna.authorises(r);
        r.accept(lawyer, T);
        return r;
    }

    @Test
    void aRepresentativeForAllIsOnThePartysSideOfEveryMediation_RACC3_RM2() {
        Mediation m = requested();
        assertFalse(m.isVisibleTo(lawyer));
        forAll();
        assertTrue(m.isVisibleTo(lawyer));
        assertEquals(Optional.of(MediationRole.REPRESENTATIVE), m.roleOf(lawyer), "as a representative");
        assertEquals(Optional.of(Side.REQUESTING), m.sideOf(lawyer), "on the Party's side");
        assertFalse(m.mayAuthoriseRepresentatives(lawyer), "a representative does not delegate");
        assertEquals(2, m.participants().size(), "derived, never stored: revoking ends it");

        m.agree(bert, T.plusSeconds(60));
        assertTrue(m.mayRank(lawyer), "acts for its side");
        m.rankMediators(lawyer, List.of("med1@example.org"), DIRECTORY, T.plusSeconds(120));
        assertEquals(List.of("med1@example.org"), m.preferencesOf(Side.REQUESTING));
        assertTrue(m.feedbackSideOf(lawyer).isEmpty(), "only a Party rates the mediator");
    }

    @Test
    void revokedTheRepresentativeIsOutAtOnce_RACC3_RM2() {
        Mediation m = requested();
        Representation r = forAll();
        assertTrue(m.isVisibleTo(lawyer));
        r.revoke(anna, T.plusSeconds(5));
        assertFalse(m.isVisibleTo(lawyer));
        assertTrue(m.participationOf(lawyer).isEmpty());
    }

    @Test
    void aPartyAuthorisesForOneMediationOnly_RACC3() {
        Mediation one = requested();
        Mediation other = requested();
        assertTrue(one.mayAuthoriseRepresentatives(anna));
        assertTrue(one.mayAuthoriseRepresentatives(bert), "the invited Party too");
        Representation r = one.authoriseRepresentative(anna, lawyer.email(), T);
        assertEquals(one.id(), r.mediationId().orElseThrow());
        assertFalse(one.isVisibleTo(lawyer), "not before accepting");
        r.accept(lawyer, T);
        assertTrue(one.isVisibleTo(lawyer));
        assertFalse(other.isVisibleTo(lawyer), "scope one mediation");
        assertFalse(anna.isRepresentedBy(lawyer, one.id()), "and no Procedure");
    }

    @Test
    void anAuthorisationOfTheOtherPartyOrForAProcedureDoesNotAdmit_RACC3() {
        Mediation m = requested();
        Representation forAProcedure = Representation.invite(anna, lawyer.email(), java.util.UUID.randomUUID(), T);
        anna.authorises(forAProcedure);
        forAProcedure.accept(lawyer, T);
        assertFalse(m.isVisibleTo(lawyer), "one Procedure covers no mediation");
        UserAccount stranger = account("stranger@example.org", Role.PARTY);
        Representation ofStranger = Representation.invite(stranger, lawyer.email(), null, T);
        stranger.authorises(ofStranger);
        ofStranger.accept(lawyer, T);
        assertFalse(m.isVisibleTo(lawyer), "the authorisation of someone who is no Party here");
    }

    @Test
    void onlyAPartyItselfAuthorisesAndNotAfterTheEnd_RACC3() {
        Mediation m = requested();
        RuleViolation byStaff =
                assertThrows(RuleViolation.class, () -> m.authoriseRepresentative(staff, lawyer.email(), T));
        assertEquals("R-ACC.3", byStaff.ruleId());
        assertEquals("rule.representation.mediationPartyOnly", byStaff.messageKey());
        m.decline(bert, "No.", T.plusSeconds(60));
        assertFalse(m.mayAuthoriseRepresentatives(anna));
        assertThrows(RuleViolation.class, () -> m.authoriseRepresentative(anna, lawyer.email(), T));
    }
}
