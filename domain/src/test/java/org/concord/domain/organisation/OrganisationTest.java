package org.concord.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
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
    void staffEditTheDetailsAndEachChangedDetailIsRecordedWithItsValueBeforeAndAfter_RACC2() {
        Organisation streamly = streamly();
        Instant later = T0.plusSeconds(3600);
        List<OrganisationChange> made = streamly.edit(
                " Streamly Europe ",
                "Ltd.",
                "ie",
                List.of("streamly.example", "STREAMLY.eu"),
                List.of("Streamly Ltd.", "Platform 1", "Streamly EU"),
                staff,
                later);
        assertEquals("Streamly Europe", streamly.name());
        assertEquals(Set.of("streamly.example", "streamly.eu"), streamly.domains());
        assertTrue(streamly.isNamed("streamly eu"), "matched by the new name at once (R-SOR.1)");
        assertEquals(
                List.of(
                        OrganisationChange.Detail.NAME,
                        OrganisationChange.Detail.DOMAINS,
                        OrganisationChange.Detail.ALIASES),
                made.stream().map(c -> c.detail().orElseThrow()).toList(),
                "the legal form and the country were typed as they were: not recorded");
        OrganisationChange renamed = made.get(0);
        assertEquals(OrganisationChange.Kind.EDITED, renamed.kind());
        assertEquals("Streamly", renamed.before().orElseThrow());
        assertEquals("Streamly Europe", renamed.after().orElseThrow());
        assertEquals(staff, renamed.actor());
        assertEquals(later, renamed.changedAt());
        assertEquals("streamly.example, streamly.eu", made.get(1).after().orElseThrow());
        assertEquals(
                List.of(
                        OrganisationChange.Kind.CREATED,
                        OrganisationChange.Kind.MEMBER_ADDED,
                        OrganisationChange.Kind.EDITED,
                        OrganisationChange.Kind.EDITED,
                        OrganisationChange.Kind.EDITED),
                streamly.changes().stream().map(OrganisationChange::kind).toList());
        assertTrue(
                streamly.edit("Streamly Europe", "Ltd.", "IE", streamly.domains(), streamly.aliases(), staff, later)
                        .isEmpty(),
                "nothing changed, nothing recorded");
        streamly.edit("Streamly Europe", " ", null, List.of(), List.of(), staff, later);
        assertTrue(streamly.legalForm().isEmpty()
                && streamly.country().isEmpty()
                && streamly.domains().isEmpty());
    }

    @Test
    void theEditHasTheChecksOfTheCreationAllAtOnceAndOnlyStaffEdit_RACC2() {
        Organisation streamly = streamly();
        RuleViolations refused = assertInstanceOf(
                RuleViolations.class,
                assertThrows(
                        RuleViolation.class,
                        () -> streamly.edit(" ", null, "ZZ", List.of(), List.of(), staff, T0.plusSeconds(1))));
        assertEquals(
                List.of("/name", "/country"),
                refused.violations().stream().map(RuleViolation::field).toList());
        assertEquals("Streamly", streamly.name(), "a refused edit changes nothing");
        assertEquals(2, streamly.changes().size(), "and records nothing (created, its first manager joined)");
        assertFalse(Organisation.mayEdit(legal), "a manager manages members, not the details");
        RuleViolation byManager = assertThrows(
                RuleViolation.class,
                () -> streamly.edit("Mine now", null, null, List.of(), List.of(), legal, T0.plusSeconds(1)));
        assertEquals("rule.organisation.staffOnly", byManager.messageKey());
        assertTrue(Organisation.mayEdit(staff) && Organisation.maySeeChanges(staff));
        assertFalse(Organisation.maySeeChanges(legal));
        // The creation names every problem at once too.
        RuleViolations created = assertInstanceOf(
                RuleViolations.class,
                assertThrows(
                        RuleViolation.class,
                        () -> Organisation.create(null, "", null, "ZZ", List.of(), List.of(), staff, T0)));
        assertEquals(
                List.of("/name", "/kind", "/country"),
                created.violations().stream().map(RuleViolation::field).toList());
    }

    @Test
    void aLawFirmHasNoTransparencyDatabaseNamesWhateverIsTyped_RACC2() {
        Organisation firm =
                Organisation.create(OrganisationKind.LAW_FIRM, "Lex", null, "FR", List.of(), List.of(), staff, T0);
        assertTrue(firm.edit("Lex", null, "FR", List.of(), List.of("Lex Platform"), staff, T0)
                .isEmpty());
        assertTrue(firm.aliases().isEmpty());
    }

    /** Issue 22's access matrix: a member who may not remove others is refused before any word about the account. */
    @Test
    void whoMayNotRemoveMembersIsRefusedWhateverTheAccount_RACC2() {
        Organisation streamly = streamly();
        streamly.addMember(counsel, MemberRole.MEMBER, legal, T0.plusSeconds(60));
        assertTrue(streamly.mayRemove(legal, counsel.id()), "the manager");
        assertTrue(streamly.mayRemove(staff, counsel.id()), "staff");
        assertTrue(streamly.mayRemove(counsel, counsel.id()), "a member leaves");
        assertFalse(streamly.mayRemove(counsel, legal.id()), "a member does not remove the manager");
        assertFalse(streamly.mayRemove(outsider, counsel.id()));
        for (java.util.UUID anyone : List.of(legal.id(), outsider.id(), java.util.UUID.randomUUID())) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> streamly.requireMayRemove(counsel, anyone));
            assertEquals("R-ACC.2", refused.ruleId());
            assertEquals("rule.organisation.managerOnly", refused.messageKey());
            assertNull(refused.field(), "the whole action, the same whoever the account");
        }
    }

    @Test
    void creationAddingRemovingAndLeavingAreRecordedWithWhoAndWhen_RACC2() {
        Organisation streamly = streamly();
        streamly.addMember(counsel, MemberRole.MEMBER, legal, T0.plusSeconds(60));
        streamly.addMember(outsider, MemberRole.MEMBER, staff, T0.plusSeconds(90));
        streamly.removeMember(outsider, legal, T0.plusSeconds(120));
        streamly.removeMember(counsel, counsel, T0.plusSeconds(180));
        List<OrganisationChange> changes = streamly.changes();
        assertEquals(
                List.of(
                        OrganisationChange.Kind.CREATED,
                        OrganisationChange.Kind.MEMBER_ADDED,
                        OrganisationChange.Kind.MEMBER_ADDED,
                        OrganisationChange.Kind.MEMBER_ADDED,
                        OrganisationChange.Kind.MEMBER_REMOVED,
                        OrganisationChange.Kind.MEMBER_LEFT),
                changes.stream().map(OrganisationChange::kind).toList());
        assertEquals(staff, changes.get(0).actor());
        assertTrue(changes.get(0).member().isEmpty(), "created with no member: the first manager is invited");
        assertEquals(legal, changes.get(1).member().orElseThrow(), "the first manager, on staff's invitation");
        assertEquals(MemberRole.MANAGER, changes.get(1).role().orElseThrow());
        assertEquals(legal, changes.get(2).actor());
        assertEquals(counsel, changes.get(2).member().orElseThrow());
        assertEquals(legal, changes.get(4).actor(), "removed by the manager");
        assertEquals(outsider, changes.get(4).member().orElseThrow());
        assertEquals(counsel, changes.get(5).actor(), "left by itself");
        assertEquals(T0.plusSeconds(180), changes.get(5).changedAt());
        assertThrows(RuleViolation.class, () -> streamly.removeMember(counsel, legal, T0.plusSeconds(200)));
        assertEquals(6, streamly.changes().size(), "a refused removal records nothing");
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
        assertTrue(streamly.isNamed("Platform\u00a0 \t 1"), "white space inside read as one space");
        assertTrue(streamly.isNamed("STREAMLY   LTD."));
        assertFalse(streamly.isNamed("Platform1"), "a space is not dropped");
        assertTrue(streamly.isNamed("Streamly"), "its own name too");
        assertFalse(streamly.isNamed("Streamly Inc."));
        assertFalse(streamly.isNamed(" "));
        Organisation firm = Organisation.create(
                OrganisationKind.LAW_FIRM, "Platform 1", null, null, List.of(), List.of("Platform 1"), staff, T0);
        assertFalse(firm.isNamed("Platform 1"), "only a platform is a Responding Party by its names");
    }
}
