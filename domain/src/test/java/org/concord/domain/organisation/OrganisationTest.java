package org.concord.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.junit.jupiter.api.Test;

/** R-ACC.2: an organisation's members join and leave; a platform is matched by its Transparency Database names. */
class OrganisationTest {

    private static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");

    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount legal = account("legal@streamly.example", Role.PARTY);
    private final UserAccount counsel = account("counsel@streamly.example", Role.PARTY);
    private final UserAccount outsider = account("mallory@example.org", Role.PARTY);

    static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    /** Streamly, whose first manager joined (as by accepting staff's invitation). */
    private Organisation streamly() {
        Organisation streamly = Organisation.create(
                OrganisationKind.ONLINE_PLATFORM,
                "Streamly",
                "Ltd.",
                "ie",
                List.of("Streamly.example"),
                List.of(" Streamly Ltd. ", "Platform 1"),
                staff,
                T0);
        streamly.addMember(legal, MemberRole.MANAGER, staff, T0);
        return streamly;
    }

    @Test
    void staffCreateAPlatformWithNoMemberUntilItsFirstManagerJoins_RACC2() {
        Organisation created = Organisation.create(
                OrganisationKind.ONLINE_PLATFORM,
                "Streamly",
                "Ltd.",
                "ie",
                List.of("Streamly.example"),
                List.of(),
                staff,
                T0);
        assertTrue(created.activeMembers().isEmpty(), "the first manager is invited, not named");
        assertFalse(created.mayManage(legal));
        assertTrue(created.mayManage(staff));
        Organisation streamly = streamly();
        assertTrue(streamly.isActiveMember(legal));
        assertTrue(streamly.mayManage(legal));
        assertTrue(streamly.isActiveMemberAddress("legal@streamly.example"));
        assertEquals(Set.of("streamly.example"), streamly.domains());
        assertEquals("IE", streamly.country().orElseThrow());
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Organisation.create(
                        OrganisationKind.ONLINE_PLATFORM, "X", null, null, List.of(), List.of(), legal, T0));
        assertEquals("rule.organisation.staffOnly", refused.messageKey());
    }

    @Test
    void anOrganisationsCountryIsAnIsoCode_RACC2() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Organisation.create(
                        OrganisationKind.ONLINE_PLATFORM, "X", null, "ZZ", List.of(), List.of(), staff, T0));
        assertEquals("/country", refused.field());
        assertEquals("rule.organisation.country", refused.messageKey());
    }

    @Test
    void aManagerAddsAMemberWhoJoinsAtThatInstant_RACC2() {
        Organisation streamly = streamly();
        Membership added = streamly.addMember(counsel, MemberRole.MEMBER, legal, T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60), added.joinedAt());
        assertTrue(streamly.isActiveMember(counsel));
        assertFalse(streamly.mayManage(counsel), "a member is not a manager");
        assertEquals(List.of(legal, counsel), streamly.activeMembers());
        RuleViolation twice =
                assertThrows(RuleViolation.class, () -> streamly.addMember(counsel, MemberRole.MEMBER, legal, T0));
        assertEquals("rule.organisation.alreadyMember", twice.messageKey());
        RuleViolation byMember =
                assertThrows(RuleViolation.class, () -> streamly.addMember(outsider, MemberRole.MEMBER, counsel, T0));
        assertEquals("rule.organisation.managerOnly", byMember.messageKey());
    }

    @Test
    void aRemovedMemberIsNoLongerActiveButTheRecordStays_RACC2() {
        Organisation streamly = streamly();
        streamly.addMember(counsel, MemberRole.MEMBER, legal, T0);
        streamly.removeMember(counsel, legal, T0.plusSeconds(3600));
        assertFalse(streamly.isActiveMember(counsel));
        assertEquals(2, streamly.memberships().size(), "the record stays");
        assertEquals(
                T0.plusSeconds(3600), streamly.memberships().get(1).leftAt().orElseThrow());
        streamly.addMember(counsel, MemberRole.MEMBER, legal, T0.plusSeconds(7200));
        assertTrue(streamly.isActiveMember(counsel), "a former member can join again");
    }

    @Test
    void theLastManagerCannotLeaveWhileMembersRemain_RACC2() {
        Organisation streamly = streamly();
        streamly.addMember(counsel, MemberRole.MEMBER, legal, T0);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> streamly.removeMember(legal, legal, T0));
        assertEquals("R-ACC.2", refused.ruleId());
        assertEquals("rule.organisation.lastManager", refused.messageKey());
        streamly.addMember(outsider, MemberRole.MANAGER, staff, T0);
        streamly.removeMember(legal, legal, T0.plusSeconds(1));
        assertFalse(streamly.isActiveMember(legal), "another manager remains");
    }

    @Test
    void aMemberMayLeaveByItself_RACC2() {
        Organisation streamly = streamly();
        streamly.addMember(counsel, MemberRole.MEMBER, legal, T0);
        streamly.removeMember(counsel, counsel, T0.plusSeconds(1));
        assertFalse(streamly.isActiveMember(counsel));
    }

    @Test
    void aPlatformIsMatchedByItsTransparencyDatabaseNamesTrimmedWhateverTheCase_RACC2_RSOR1() {
        Organisation streamly = streamly();
        assertTrue(streamly.isNamed("streamly ltd."));
        assertTrue(streamly.isNamed("  PLATFORM 1 "));
        assertTrue(streamly.isNamed("Streamly"), "its own name too");
        assertFalse(streamly.isNamed("Streamly Inc."));
        assertFalse(streamly.isNamed(" "));
        Organisation firm = Organisation.create(
                OrganisationKind.LAW_FIRM, "Platform 1", null, null, List.of(), List.of("Platform 1"), staff, T0);
        assertFalse(firm.isNamed("Platform 1"), "only a platform is a Responding Party by its names");
    }
}
