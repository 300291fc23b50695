package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-ACC.1: an invitation is bound to one address, works for 14 days and once, can be withdrawn, and applies its grant
 * only when accepted; R-ACC.5 and R-ACC.2 say who may invite to what.
 */
class InvitationTest {

    private static final Instant T0 = Instant.parse("2027-02-01T09:00:00Z");
    private static final String STRONG = "Quartz-Lantern-Meadow-81";

    private final UserAccount admin = account("admin@center.example", Role.CENTER_ADMIN);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount neutral = account("expert@example.org", Role.PARTY);
    private final UserAccount manager = account("legal@streamly.example", Role.PARTY);
    private final UserAccount member = account("counsel@streamly.example", Role.PARTY);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private Organisation streamly() {
        Organisation streamly = Organisation.create(
                OrganisationKind.ONLINE_PLATFORM, "Streamly", null, "IE", List.of(), List.of(), staff, T0);
        streamly.addMember(manager, MemberRole.MANAGER, staff, T0);
        streamly.addMember(member, MemberRole.MEMBER, manager, T0);
        return streamly;
    }

    private Invitation neutralInvitation() {
        return Invitation.toCenter(Invitation.Kind.NEUTRAL, " Expert@Example.org ", staff, T0)
                .invitation();
    }

    private static Invitation.Newcomer newcomer(String email) {
        return Invitation.Newcomer.check(email, "Nadia Neutral", "fr", "FR", STRONG, STRONG, true);
    }

    @Test
    @DisplayName("R-ACC.1: the link is 256 random bits, and the invitation is bound to the normalised address")
    void theTokenIs256RandomBitsAndOnlyItsHashIsKept_RACC1() {
        Invitation.Issued one = Invitation.toCenter(Invitation.Kind.NEUTRAL, "Expert@Example.org", staff, T0);
        Invitation.Issued two = Invitation.toCenter(Invitation.Kind.NEUTRAL, "Expert@Example.org", staff, T0);
        assertEquals(32, Base64.getUrlDecoder().decode(one.token()).length);
        assertNotEquals(one.token(), two.token());
        assertEquals(64, Invitation.hash(one.token()).length());
        assertNotEquals(one.token(), Invitation.hash(one.token()));
        assertEquals("expert@example.org", one.invitation().email());
        RuleViolation notAnAddress = assertThrows(
                RuleViolation.class, () -> Invitation.toCenter(Invitation.Kind.NEUTRAL, "not-an-address", staff, T0));
        assertEquals("/email", notAnAddress.field());
        assertEquals("rule.invitation.email", notAnAddress.messageKey());
    }

    @Test
    @DisplayName("R-ACC.1: an invitation works for 14 days; expired, it grants nothing")
    void anInvitationExpiresAfter14DaysAndThenGrantsNothing_RACC1() {
        Invitation invitation = neutralInvitation();
        assertEquals(T0.plus(Duration.ofDays(14)), invitation.expiresAt());
        Instant lastMoment = T0.plus(Duration.ofDays(14)).minusMillis(1);
        assertEquals(Invitation.State.OPEN, invitation.state(lastMoment));
        assertTrue(invitation.mayAccept(neutral, lastMoment));

        Instant expired = T0.plus(Duration.ofDays(14));
        assertEquals(Invitation.State.EXPIRED, invitation.state(expired));
        assertFalse(invitation.mayAccept(neutral, expired));
        assertFalse(invitation.mayJoin(expired));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> invitation.accept(neutral, expired));
        assertEquals("R-ACC.1", refused.ruleId());
        assertEquals("/token", refused.field());
        assertEquals("rule.invitation.expired", refused.messageKey());
        assertFalse(neutral.hasRole(Role.NEUTRAL), "nothing granted");
        RuleViolation noAccount = assertThrows(
                RuleViolation.class, () -> invitation.join(newcomer(invitation.email()), "hash", "1", expired));
        assertEquals("rule.invitation.expired", noAccount.messageKey());
        assertEquals(Invitation.State.EXPIRED, invitation.state(expired));
    }

    @Test
    @DisplayName("R-ACC.1: only the invited address accepts; another account is refused and changes nothing")
    void anotherAddressIsRefusedAndChangesNothing_RACC1() {
        Invitation invitation = neutralInvitation();
        assertFalse(invitation.mayAccept(alice, T0));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> invitation.accept(alice, T0));
        assertEquals("R-ACC.1", refused.ruleId());
        assertEquals("/email", refused.field());
        assertEquals("rule.invitation.otherAddress", refused.messageKey());
        assertFalse(alice.hasRole(Role.NEUTRAL));
        assertEquals(Invitation.State.OPEN, invitation.state(T0), "still open for its address");
        assertTrue(invitation.accept(neutral, T0).isPresent());
        assertTrue(neutral.hasRole(Role.NEUTRAL));
    }

    @Test
    @DisplayName(
            "R-ACC.1, R-ACC.5: accepting grants the role, recorded as given by the inviter; a second use changes nothing")
    void acceptingGrantsTheRoleOnceAndASecondUseChangesNothing_RACC1_RACC5() {
        Invitation invitation = neutralInvitation();
        AccountChange change = invitation.accept(neutral, T0.plusSeconds(60)).orElseThrow();
        assertEquals(AccountChange.Kind.INVITATION_ACCEPTED, change.kind());
        assertEquals(Role.NEUTRAL, change.role().orElseThrow());
        assertEquals(staff, change.actor(), "the inviter granted it");
        assertEquals(Set.of(Role.PARTY, Role.NEUTRAL), neutral.roles());
        assertEquals(Invitation.State.ACCEPTED, invitation.state(T0.plusSeconds(60)));

        RuleViolation twice = assertThrows(RuleViolation.class, () -> invitation.accept(neutral, T0.plusSeconds(120)));
        assertEquals("rule.invitation.used", twice.messageKey());
        assertEquals("/token", twice.field());
        assertEquals(T0.plusSeconds(60), invitation.acceptedAt().orElseThrow(), "the first use stands");
        assertEquals(neutral, invitation.acceptedBy().orElseThrow());
        RuleViolation joinAfter =
                assertThrows(RuleViolation.class, () -> invitation.join(newcomer(invitation.email()), "h", "1", T0));
        assertEquals("rule.invitation.used", joinAfter.messageKey());
    }

    @Test
    @DisplayName("R-ACC.1: the link creates a confirmed account bound to the invited address, with the role")
    void joiningCreatesAConfirmedAccountBoundToTheInvitedAddress_RACC1() {
        Invitation invitation = neutralInvitation();
        Invitation.Joined joined = invitation.join(newcomer(invitation.email()), "pbkdf2-hash", "2027-01", T0);
        UserAccount created = joined.account();
        assertEquals("expert@example.org", created.email());
        assertTrue(created.isConfirmed(), "the link proved the address");
        assertTrue(created.isUsable());
        assertEquals(Set.of(Role.NEUTRAL), created.roles(), "a Neutral, not a Party");
        assertEquals("FR", created.domicile().orElseThrow().toString());
        assertEquals(Locale.FRENCH, created.locale());
        assertEquals("2027-01", created.termsVersion().orElseThrow());
        assertEquals(staff, joined.change().orElseThrow().actor());
        assertEquals(Invitation.State.ACCEPTED, invitation.state(T0));
        assertEquals(created, invitation.acceptedBy().orElseThrow());
    }

    @Test
    @DisplayName("R-ACC.1, R-ACC.4: the account form is checked field by field as a registration")
    void theAccountFormIsCheckedFieldByField_RACC1_RACC4() {
        RuleViolation weak = assertThrows(
                RuleViolation.class,
                () -> Invitation.Newcomer.check(
                        "a@example.org", "Ann", "FR", "en", "password1234", "password1234", true));
        assertEquals("R-ACC.4", weak.ruleId());
        assertEquals("/password", weak.field());
        RuleViolation terms = assertThrows(
                RuleViolation.class,
                () -> Invitation.Newcomer.check("a@example.org", "Ann", "FR", "en", STRONG, STRONG, false));
        assertEquals("/terms", terms.field());
        RuleViolation country = assertThrows(
                RuleViolation.class,
                () -> Invitation.Newcomer.check("a@example.org", "Ann", "XX", "en", STRONG, STRONG, true));
        assertEquals("/domicile", country.field());
        RuleViolation repeated = assertThrows(
                RuleViolation.class,
                () -> Invitation.Newcomer.check("a@example.org", "Ann", "FR", "en", STRONG, STRONG + "x", true));
        assertEquals("/repeatPassword", repeated.field());
        RuleViolation name = assertThrows(
                RuleViolation.class,
                () -> Invitation.Newcomer.check("a@example.org", " ", "FR", "en", STRONG, STRONG, true));
        assertEquals("/name", name.field());
    }

    @Test
    @DisplayName(
            "R-ACC.1: the inviter, staff and (for a membership) the managers withdraw; withdrawn, the link is dead")
    void aWithdrawnInvitationGrantsNothing_RACC1() {
        Organisation streamly = streamly();
        Invitation invitation = Invitation.toOrganisation(streamly, MemberRole.MEMBER, "alice@example.org", manager, T0)
                .invitation();
        assertTrue(invitation.mayWithdraw(manager, T0), "the inviter");
        assertTrue(invitation.mayWithdraw(staff, T0), "staff");
        assertFalse(invitation.mayWithdraw(member, T0), "a member who does not manage");
        assertFalse(invitation.mayWithdraw(alice, T0), "the invitee declines by not accepting");
        Invitation byStaff = Invitation.toOrganisation(streamly, MemberRole.MEMBER, "bob@example.org", staff, T0)
                .invitation();
        assertTrue(byStaff.mayWithdraw(manager, T0), "a manager withdraws staff's invitation to its organisation");

        RuleViolation notAllowed = assertThrows(RuleViolation.class, () -> invitation.withdraw(member, T0));
        assertEquals("rule.invitation.withdraw", notAllowed.messageKey());
        invitation.withdraw(manager, T0.plusSeconds(1));
        assertEquals(Invitation.State.WITHDRAWN, invitation.state(T0.plusSeconds(2)));
        assertEquals(manager, invitation.withdrawnBy().orElseThrow());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> invitation.accept(alice, T0.plusSeconds(2)));
        assertEquals("rule.invitation.withdrawn", refused.messageKey());
        assertEquals("/token", refused.field());
        assertFalse(streamly.isActiveMember(alice));
        assertThrows(
                RuleViolation.class,
                () -> invitation.join(newcomer("alice@example.org"), "h", "1", T0.plusSeconds(2)),
                "no account is made from a withdrawn link");
        assertFalse(invitation.mayWithdraw(staff, T0.plusSeconds(2)), "withdrawn once");
    }

    @Test
    @DisplayName(
            "R-ACC.5, R-ACC.2: administrators invite staff, staff invite Neutrals, managers and staff invite members")
    void whoMayInviteWhat_RACC5_RACC2() {
        Organisation streamly = streamly();
        assertTrue(Invitation.mayInvite(Invitation.Kind.STAFF, admin, null));
        assertFalse(Invitation.mayInvite(Invitation.Kind.STAFF, staff, null), "granting a role is the administrator's");
        assertTrue(Invitation.mayInvite(Invitation.Kind.NEUTRAL, staff, null));
        assertTrue(Invitation.mayInvite(Invitation.Kind.NEUTRAL, admin, null));
        assertFalse(Invitation.mayInvite(Invitation.Kind.NEUTRAL, alice, null));
        assertTrue(Invitation.mayInvite(Invitation.Kind.MEMBER, manager, streamly));
        assertTrue(Invitation.mayInvite(Invitation.Kind.MEMBER, staff, streamly));
        assertFalse(Invitation.mayInvite(Invitation.Kind.MEMBER, member, streamly));
        assertFalse(Invitation.mayInvite(Invitation.Kind.MEMBER, alice, streamly));
        assertFalse(Invitation.mayInvite(Invitation.Kind.MEDIATION, staff, null), "only with a mediation request");
        assertFalse(Invitation.mayInvite(Invitation.Kind.REPRESENTATION, staff, null), "only with an authorisation");

        RuleViolation staffInvitesStaff = assertThrows(
                RuleViolation.class, () -> Invitation.toCenter(Invitation.Kind.STAFF, "new@center.example", staff, T0));
        assertEquals("R-ACC.5", staffInvitesStaff.ruleId());
        assertEquals("rule.invitation.adminOnly", staffInvitesStaff.messageKey());
        RuleViolation partyInvitesNeutral = assertThrows(
                RuleViolation.class, () -> Invitation.toCenter(Invitation.Kind.NEUTRAL, "n@example.org", alice, T0));
        assertEquals("rule.invitation.staffOnly", partyInvitesNeutral.messageKey());
        RuleViolation memberByCenter = assertThrows(
                RuleViolation.class, () -> Invitation.toCenter(Invitation.Kind.MEMBER, "n@example.org", admin, T0));
        assertEquals("/kind", memberByCenter.field());
        RuleViolation memberInvites = assertThrows(
                RuleViolation.class,
                () -> Invitation.toOrganisation(streamly, MemberRole.MEMBER, "n@example.org", member, T0));
        assertEquals("R-ACC.2", memberInvites.ruleId());
        assertEquals("rule.organisation.managerOnly", memberInvites.messageKey());
        RuleViolation already = assertThrows(
                RuleViolation.class,
                () -> Invitation.toOrganisation(streamly, MemberRole.MEMBER, "Counsel@Streamly.example", manager, T0));
        assertEquals("/email", already.field());
        assertEquals("rule.organisation.alreadyMember", already.messageKey());

        Invitation toStaff = Invitation.toCenter(Invitation.Kind.STAFF, "staff2@center.example", admin, T0)
                .invitation();
        UserAccount newcomer =
                toStaff.join(newcomer(toStaff.email()), "h", "1", T0).account();
        assertEquals(Set.of(Role.CENTER_STAFF), newcomer.roles());
    }

    @Test
    @DisplayName("R-ACC.2: accepting a membership invitation joins the organisation in the invited role")
    void acceptingAMembershipInvitationJoinsTheOrganisation_RACC2() {
        Organisation streamly = streamly();
        Invitation invitation = Invitation.toOrganisation(
                        streamly, MemberRole.MANAGER, "alice@example.org", manager, T0)
                .invitation();
        assertTrue(invitation.accept(alice, T0.plusSeconds(5)).isEmpty(), "no role of the Center changes");
        assertTrue(streamly.isActiveMember(alice));
        assertTrue(streamly.mayManage(alice), "joined as a manager");
        assertEquals(
                T0.plusSeconds(5),
                streamly.activeMembership(alice).orElseThrow().joinedAt());
    }

    @Test
    @DisplayName("R-ACC.2, R-ACC.1: a manager's invitation stops working once the manager no longer manages")
    void anInvitationStopsWhenTheInviterNoLongerMayGiveIt_RACC2() {
        Organisation streamly = streamly();
        UserAccount deputy = account("deputy@streamly.example", Role.PARTY);
        streamly.addMember(deputy, MemberRole.MANAGER, manager, T0);
        Invitation invitation = Invitation.toOrganisation(streamly, MemberRole.MEMBER, "alice@example.org", deputy, T0)
                .invitation();
        streamly.removeMember(deputy, manager, T0.plusSeconds(1));
        assertFalse(invitation.mayAccept(alice, T0.plusSeconds(2)));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> invitation.accept(alice, T0.plusSeconds(2)));
        assertEquals("rule.invitation.inviterNoLonger", refused.messageKey());
        assertFalse(streamly.isActiveMember(alice));
    }

    @Test
    @DisplayName("R-M1, R-ACC.1: a mediation invitation only creates the account, in the circle by its address already")
    void aMediationInvitationOnlyCreatesTheAccount_RM1_RACC1() {
        Invitation invitation = Invitation.toMediation(UUID.randomUUID(), "MED-1234-ABCD", "Bob@Example.org", alice, T0)
                .invitation();
        assertEquals("bob@example.org", invitation.email());
        assertFalse(invitation.mayWithdraw(account("x@example.org", Role.PARTY), T0));
        assertTrue(invitation.mayWithdraw(alice, T0), "the requester");
        Invitation.Joined joined = invitation.join(newcomer("bob@example.org"), "h", "1", T0);
        assertEquals(Set.of(Role.PARTY), joined.account().roles());
        assertTrue(joined.change().isEmpty());
        assertEquals("MED-1234-ABCD", invitation.reference().orElseThrow());
    }

    @Test
    @DisplayName("R-ACC.3: accepting a representation invitation accepts the authorisation; revoked, the link is dead")
    void aRepresentationInvitationAcceptsTheAuthorisation_RACC3() {
        Representation representation = Representation.invite(alice, "lawyer@lexfirm.example", null, T0);
        alice.authorises(representation);
        Invitation invitation = Invitation.toRepresent(representation, null, T0).invitation();
        Invitation.Joined joined = invitation.join(newcomer("lawyer@lexfirm.example"), "h", "1", T0.plusSeconds(1));
        assertTrue(representation.isActive());
        assertEquals(joined.account(), representation.representative().orElseThrow());
        assertEquals(Capacity.REPRESENTATIVE, joined.account().capacity().orElseThrow());

        Representation other = Representation.invite(alice, "other@lexfirm.example", null, T0);
        Invitation second = Invitation.toRepresent(other, null, T0).invitation();
        other.revoke(alice, T0.plusSeconds(2));
        second.follow(other, alice, T0.plusSeconds(2));
        assertEquals(Invitation.State.WITHDRAWN, second.state(T0.plusSeconds(3)));

        Representation third = Representation.invite(alice, "third@lexfirm.example", null, T0);
        Invitation thirds = Invitation.toRepresent(third, null, T0).invitation();
        UserAccount lawyer = account("third@lexfirm.example", Role.PARTY);
        third.accept(lawyer, T0.plusSeconds(4));
        thirds.follow(third, lawyer, T0.plusSeconds(4));
        assertEquals(Invitation.State.ACCEPTED, thirds.state(T0.plusSeconds(5)), "accepted on the page: used up");
    }
}
