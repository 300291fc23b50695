package org.concord.domain.procedure;

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
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;

/** R-ACC.2, R-13.1: the platform organisation is the Responding Party; its active members are its circle. */
class OrganisationCircleTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
    private static final Instant COMMENCED = Instant.parse("2027-01-04T09:00:00Z");

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount legal = account("legal@streamly.example", Role.PARTY);
    private final UserAccount counsel = account("counsel@streamly.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final Organisation streamly = Organisation.create(
            OrganisationKind.ONLINE_PLATFORM,
            "Streamly",
            null,
            "IE",
            List.of("streamly.example"),
            List.of("Streamly Ltd."),
            staff,
            Instant.EPOCH);

    {
        // R-ACC.2: the first manager joined (as by accepting staff's invitation).
        streamly.addMember(legal, MemberRole.MANAGER, staff, Instant.EPOCH);
    }

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private Procedure commenced() {
        streamly.addMember(counsel, MemberRole.MEMBER, legal, Instant.EPOCH);
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", Instant.parse("2027-01-01T09:00:00Z"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, Instant.parse("2027-01-02T09:00:00Z"));
        p.commence(streamly, staff, COMMENCED);
        return p;
    }

    @Test
    void everyActiveMemberIsInTheCircleAndMayAnswer_RACC2_R13_1() {
        Procedure p = commenced();
        assertTrue(p.isVisibleTo(legal));
        assertTrue(p.isVisibleTo(counsel));
        assertTrue(p.permissionsFor(counsel).fileAnswer());
        assertEquals(List.of(legal, counsel), p.circle().accountsOf(ParticipantRole.RESPONDING_PARTY));
        assertEquals("Streamly", p.circle().participants().get(1).displayName());
    }

    @Test
    void aMemberWhoLeavesLeavesTheCircleAtOnce_RACC2_R13_1() {
        Procedure p = commenced();
        streamly.removeMember(counsel, legal, COMMENCED.plusSeconds(60));
        assertFalse(p.isVisibleTo(counsel));
        assertFalse(p.permissionsFor(counsel).fileAnswer());
        assertEquals(List.of(legal), p.circle().accountsOf(ParticipantRole.RESPONDING_PARTY));
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> p.fileAnswer(counsel, null, List.of(), true, COMMENCED.plusSeconds(120), ENGINE));
        assertEquals("R-7", refused.ruleId());
    }

    @Test
    void theNamedAccountItselfIsOutOnceItLeft_RACC2() {
        Procedure p = commenced();
        streamly.addMember(alice, MemberRole.MANAGER, staff, COMMENCED);
        // alice as a manager is now a member of both sides: the named account leaves, the other manager stands.
        streamly.removeMember(legal, staff, COMMENCED.plusSeconds(60));
        assertFalse(p.isVisibleTo(legal));
        assertEquals(
                alice, p.circle().participant(ParticipantRole.RESPONDING_PARTY).orElseThrow());
    }

    @Test
    void aRequestingPartyMemberOfThePlatformCannotFaceItself_R6() {
        streamly.addMember(alice, MemberRole.MEMBER, legal, Instant.EPOCH);
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "Removed.", Instant.parse("2027-01-01T09:00:00Z"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, Instant.parse("2027-01-02T09:00:00Z"));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> p.commence(streamly, staff, COMMENCED));
        assertEquals("rule.commence.sameParty", refused.messageKey());
    }

    @Test
    void theConflictCheckSeesThePlatformOrganisationByNameAndDomain_R9() {
        Procedure p = commenced();
        assertTrue(p.circle().sides().stream()
                .anyMatch(s ->
                        s.name().equals("Streamly") && s.domain().orElse("").equals("streamly.example")));
    }
}
