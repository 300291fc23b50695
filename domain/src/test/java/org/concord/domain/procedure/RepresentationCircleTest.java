package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Representation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
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
    private final UserAccount counsel = account("counsel@streamly.example", Role.PARTY);
    private final UserAccount outsideCounsel = account("litigator@firm.example", Role.PARTY);
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

    @Test
    void theCircleAuthorisesThroughTheRootAndOnlyItsOwnParty_RACC3() {
        Procedure p = commenced("Five.");
        assertTrue(p.mayAuthoriseRepresentatives(alice));
        Representation r = p.authoriseRepresentative(alice, lawyer.email(), true, COMMENCED);
        assertEquals(p.id(), r.procedureId().orElseThrow());
        r.accept(lawyer, COMMENCED);
        assertTrue(p.isVisibleTo(lawyer));
        assertFalse(p.mayAuthoriseRepresentatives(lawyer), "a representative does not delegate");
        RuleViolation delegated = assertThrows(
                RuleViolation.class, () -> p.authoriseRepresentative(lawyer, "other@firm.example", true, COMMENCED));
        assertNull(delegated.field(), "a refusal of the caller, not of a field (issue 22's access matrix)");
        assertEquals("rule.representation.partyOnly", delegated.messageKey());
    }

    @Test
    void aManagerAuthorisesARepresentativeForItsOrganisationsProcedure_RACC3_RACC2() {
        streamly.addMember(counsel, MemberRole.MEMBER, legal, COMMENCED);
        Procedure p = commenced("Six.");
        Procedure alicesOther = commenced("Seven.");
        assertFalse(p.mayAuthoriseRepresentatives(counsel), "a member who is not a manager does not authorise");
        assertThrows(
                RuleViolation.class, () -> p.authoriseRepresentative(counsel, outsideCounsel.email(), true, COMMENCED));
        assertTrue(p.mayAuthoriseRepresentatives(legal));
        Representation r = p.authoriseRepresentative(legal, outsideCounsel.email(), true, COMMENCED);
        assertEquals(streamly, r.organisation().orElseThrow());
        assertFalse(p.isVisibleTo(outsideCounsel), "not before accepting");
        r.accept(outsideCounsel, COMMENCED);
        assertEquals(
                ParticipantRole.RESPONDING_PARTY,
                p.circle().participationOf(outsideCounsel).orElseThrow().role(),
                "acts for the organisation");
        assertFalse(alicesOther.isVisibleTo(outsideCounsel), "scope one");
        assertEquals(List.of(r), p.circle().representations(), "the other side and staff see it");
        assertEquals(
                ParticipantRole.RESPONDING_PARTY,
                p.circle().partyOf(r).orElseThrow().role());
        assertFalse(p.mayAuthoriseRepresentatives(outsideCounsel), "nor does it delegate");
        assertFalse(r.mayRevoke(counsel), "a member who is not a manager does not revoke");
    }

    @Test
    void anyActiveManagerRevokesTheOrganisationsAuthorisationAndAccessEndsAtOnce_RACC3_RACC2() {
        UserAccount second = account("ceo@streamly.example", Role.PARTY);
        streamly.addMember(second, MemberRole.MANAGER, legal, COMMENCED);
        Procedure p = commenced("Eight.");
        Representation r = p.authoriseRepresentative(legal, outsideCounsel.email(), false, COMMENCED);
        r.accept(outsideCounsel, COMMENCED);
        Procedure later = commenced("Nine.");
        assertTrue(later.isVisibleTo(outsideCounsel), "for all of the organisation's Procedures");
        Procedure legalsOwn = Requests.file(legal, Matter.COPYRIGHT, "P", "Own.", COMMENCED);
        assertTrue(legalsOwn.isVisibleTo(legal));
        assertFalse(legalsOwn.isVisibleTo(outsideCounsel), "the organisation's, never the manager's own");
        assertFalse(r.mayRevoke(outsideCounsel));
        assertTrue(r.mayRevoke(second));
        r.revoke(second, COMMENCED.plusSeconds(60));
        assertFalse(p.isVisibleTo(outsideCounsel));
        assertFalse(later.isVisibleTo(outsideCounsel));
    }

    @Test
    void aPowerOfAttorneyIsMatchedToThePartyItNamesAndStaffsAcceptanceAdmitsIt_RACC3() {
        streamly.addMember(counsel, MemberRole.MEMBER, legal, COMMENCED);
        Procedure p = commenced("Ten.");
        Representation forAlice = Representation.filePowerOfAttorney(
                lawyer, p.reference().value(), alice.email(), UUID.randomUUID(), COMMENCED);
        p.matchPowerOfAttorney(forAlice);
        assertTrue(forAlice.isMatched());
        assertEquals(alice, forAlice.principal());
        assertFalse(p.isVisibleTo(lawyer), "pending: not yet in the circle");
        forAlice.decide(staff, true, null, COMMENCED);
        assertEquals(
                ParticipantRole.REQUESTING_PARTY,
                p.circle().participationOf(lawyer).orElseThrow().role());

        Representation forStreamly = Representation.filePowerOfAttorney(
                outsideCounsel, p.reference().value(), counsel.email(), UUID.randomUUID(), COMMENCED);
        p.matchPowerOfAttorney(forStreamly);
        assertEquals(streamly, forStreamly.organisation().orElseThrow(), "named by a member: the organisation's");
        forStreamly.decide(staff, true, null, COMMENCED);
        assertEquals(
                ParticipantRole.RESPONDING_PARTY,
                p.circle().participationOf(outsideCounsel).orElseThrow().role());

        Representation nobody = Representation.filePowerOfAttorney(
                outsideCounsel, p.reference().value(), "someone@else.example", UUID.randomUUID(), COMMENCED);
        p.matchPowerOfAttorney(nobody);
        assertFalse(nobody.isMatched(), "an address that is no Party of it names nothing");
        assertEquals(Representation.State.PENDING, nobody.state());
    }

    @Test
    void activeRepresentativesAreToldWhatTheirPartyIsToldOncePerAddress_RACC3_RC1() {
        streamly.addMember(counsel, MemberRole.MEMBER, legal, COMMENCED);
        Procedure p = commenced("Eleven.");
        Representation r = authorised(null);
        assertEquals(List.of(alice, lawyer), p.circle().accountsOf(ParticipantRole.REQUESTING_PARTY));
        Representation twice = Representation.invite(alice, "second@lexfirm.example", p.id(), COMMENCED);
        alice.authorises(twice);
        UserAccount second = account("second@lexfirm.example", Role.PARTY);
        twice.accept(second, COMMENCED);
        Representation again = Representation.invite(alice, lawyer.email(), p.id(), COMMENCED);
        alice.authorises(again);
        again.accept(lawyer, COMMENCED);
        assertEquals(
                List.of(alice, lawyer, second),
                p.circle().accountsOf(ParticipantRole.REQUESTING_PARTY),
                "two authorisations of one representative: one mail");
        assertEquals(List.of(alice, lawyer, second, legal, counsel), p.circle().accounts());
        assertEquals(List.of(legal, counsel), p.circle().accountsExcept(ParticipantRole.REQUESTING_PARTY));
        r.revoke(alice, COMMENCED);
        again.revoke(alice, COMMENCED);
        assertEquals(List.of(alice, second), p.circle().accountsOf(ParticipantRole.REQUESTING_PARTY), "revoked: none");
    }

    @Test
    void aReminderGoesOnlyToWhoStillActsInTheRole_RC3_RACC3() {
        legal.domicileIn(Domicile.parse("IE"));
        alice.domicileIn(Domicile.parse("FR"));
        Procedure p = commenced("Twelve.");
        Representation r = p.authoriseRepresentative(legal, outsideCounsel.email(), true, COMMENCED);
        r.accept(outsideCounsel, COMMENCED);
        ProcedureDeadline answer = p.timeLimits()
                .deadlines(new DeadlineEngine(new PublicHolidayCalendar(List.of())))
                .get(0);
        assertEquals(ProcedureDeadline.Kind.ANSWER, answer.kind());
        Reminder toCounsel =
                Reminder.plan(p, outsideCounsel, answer, List.of(5), COMMENCED).get(0);
        Reminder toLegal =
                Reminder.plan(p, legal, answer, List.of(5), COMMENCED).get(0);
        assertTrue(toCounsel.isStillFor());
        r.revoke(legal, COMMENCED.plusSeconds(60));
        assertFalse(toCounsel.isStillFor(), "revoked: no reminder");
        assertTrue(toLegal.isStillFor());
    }
}
