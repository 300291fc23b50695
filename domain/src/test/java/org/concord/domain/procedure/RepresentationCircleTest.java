package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.account.Representation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/**
 * R-ACC.3, R-13.1: an active authorised representative is in the circle of the Procedures it covers, in the Party's
 * role; revoked, it is out at once; scope one covers that Procedure only.
 */
class RepresentationCircleTest {

    private static final Instant COMMENCED = Instant.parse("2027-01-04T09:00:00Z");

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount lawyer = account("lawyer@lexfirm.example", Role.PARTY);
    private final UserAccount legal = account("legal@streamly.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final Organisation streamly = Organisation.create(
            OrganisationKind.ONLINE_PLATFORM,
            "Streamly",
            null,
            "IE",
            List.of("streamly.example"),
            List.of(),
            staff,
            Instant.EPOCH);

    {
        // R-ACC.2: the first manager joined (as by accepting staff's invitation).
        streamly.addMember(legal, MemberRole.MANAGER, staff, Instant.EPOCH);
    }

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private Procedure commenced(String description) {
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", description, Instant.parse("2027-01-01T09:00:00Z"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, Instant.parse("2027-01-02T09:00:00Z"));
        p.commence(streamly, staff, COMMENCED);
        return p;
    }

    private Representation authorised(Procedure only) {
        Representation r = Representation.invite(alice, lawyer.email(), only == null ? null : only.id(), COMMENCED);
        alice.authorises(r);
        r.accept(lawyer, COMMENCED);
        return r;
    }

    @Test
    void anAuthorisedRepresentativeActsAsTheParty_RACC3_R13_1() {
        Procedure p = commenced("One.");
        assertFalse(p.isVisibleTo(lawyer));
        authorised(null);
        assertTrue(p.isVisibleTo(lawyer));
        assertEquals(
                ParticipantRole.REQUESTING_PARTY,
                p.circle().participationOf(lawyer).orElseThrow().role());
        assertTrue(p.circle().ownPartyPartOf(lawyer).isEmpty(), "a representative does not authorise further");
        assertTrue(p.circle().ownPartyPartOf(alice).isPresent());
        assertEquals(1, p.circle().representations().size(), "the other side and staff see it");
        assertEquals(
                ParticipantRole.RESPONDING_PARTY,
                p.circle().participationOf(legal).orElseThrow().role(),
                "the other side keeps its own role");
    }

    @Test
    void revocationEndsAccessAtOnce_RACC3_R13_1() {
        Procedure p = commenced("Two.");
        Representation r = authorised(null);
        r.revoke(alice, COMMENCED.plusSeconds(60));
        assertFalse(p.isVisibleTo(lawyer));
        assertTrue(p.circle().representations().isEmpty());
    }

    @Test
    void scopeOneCoversThatProcedureOnly_RACC3() {
        Procedure one = commenced("Three.");
        Procedure other = commenced("Four.");
        authorised(one);
        assertTrue(one.isVisibleTo(lawyer));
        assertFalse(other.isVisibleTo(lawyer));
        assertTrue(other.circle().representations().isEmpty());
    }
}
