package org.concord.domain.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.procedure.Requests;
import org.concord.domain.procedure.TerminationGround;
import org.junit.jupiter.api.Test;

/** Lifecycle scenarios of a mediation (R-M1–R-M4), narrated. */
class MediationTest {

    private static final Instant T = Instant.parse("2027-02-01T09:00:00Z");
    private static final Set<String> DIRECTORY = Set.of("med1@example.org", "med2@example.org", "med3@example.org");

    private final UserAccount anna = account("anna@example.org", Role.PARTY);
    private final UserAccount bert = account("bert@example.org", Role.PARTY);
    private final UserAccount annasLawyer = account("counsel@law.example", Role.PARTY);
    private final UserAccount bertsLawyer = account("bert-counsel@law.example", Role.PARTY);
    private final UserAccount mediator = account("med1@example.org", Role.NEUTRAL);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount outsider = account("eve@example.org", Role.PARTY);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email.substring(0, email.indexOf('@')), "h", Set.of(role), Locale.ENGLISH, T);
    }

    private static Instant at(int minutes) {
        return T.plusSeconds(60L * minutes);
    }

    /** Requested, agreed, mediator chosen and accepted: in progress, no meeting yet. */
    private Mediation inProgress() {
        Mediation m = Mediation.request(anna, "Bert@Example.org", "A licence dispute over photographs", "en", T);
        m.agree(bert, at(1));
        m.rankMediators(anna, List.of("med1@example.org", "med2@example.org"), DIRECTORY, at(2));
        assertEquals(
                Optional.of("med1@example.org"),
                m.rankMediators(bert, List.of("med3@example.org", "med1@example.org"), DIRECTORY, at(3)));
        m.acceptMandate(mediator, true, at(4));
        return m;
    }

    private Mediation afterFirstMeeting() {
        Mediation m = inProgress();
        MediationSession session = m.scheduleSession(mediator, at(60), "https://meet.example/room", at(5));
        m.recordSessionHeld(mediator, session.id(), at(120));
        return m;
    }

    private static Document agreement(String text) {
        return new Document(
                new Upload(
                        DocumentKind.SETTLEMENT_AGREEMENT,
                        "settlement.txt",
                        "text/plain",
                        text.getBytes(StandardCharsets.UTF_8)),
                "anna@example.org",
                T);
    }

    @Test
    void settled_when_both_parties_accept_the_same_version_of_the_agreement() {
        Mediation m = afterFirstMeeting();
        SettlementAgreement first = m.proposeSettlement(mediator, agreement("Licence at EUR 500"), at(130));
        assertFalse(m.acceptSettlement(anna, first.sha256(), at(131)), "one side is not a settlement");
        // Bert wants a change: a second version; Anna's acceptance of the first no longer counts (R-M3).
        SettlementAgreement second = m.proposeSettlement(bert, agreement("Licence at EUR 450"), at(132));
        RuleViolation stale =
                assertThrows(RuleViolation.class, () -> m.acceptSettlement(bert, first.sha256(), at(133)));
        assertEquals("R-M3", stale.ruleId());
        assertFalse(m.acceptSettlement(bert, second.sha256(), at(134)));
        assertTrue(m.acceptSettlement(annasLawyerIn(m), second.sha256(), at(135)));
        assertEquals(MediationState.SETTLED, m.state());
        assertEquals(Optional.of(second), m.settlement());
        assertTrue(second.isAcceptedByBoth());
    }

    private UserAccount annasLawyerIn(Mediation m) {
        m.addRepresentative(anna, annasLawyer.email(), at(1));
        return annasLawyer;
    }

    @Test
    void the_mediator_never_decides() {
        Mediation m = afterFirstMeeting();
        SettlementAgreement proposed = m.proposeSettlement(mediator, agreement("Terms"), at(130));
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> m.acceptSettlement(mediator, proposed.sha256(), at(131)));
        assertEquals("R-M1", refused.ruleId());
        assertEquals(MediationState.IN_PROGRESS, m.state());
    }

    @Test
    void a_party_withdraws_after_the_first_meeting_which_ends_the_mediation() {
        Mediation m = afterFirstMeeting();
        m.withdraw(bert, "No prospect", at(200));
        assertEquals(MediationState.WITHDRAWN, m.state());
        assertEquals(Optional.of("bert@example.org"), m.endedBy());
        assertThrows(RuleViolation.class, () -> m.send(anna, MediationMessage.Channel.JOINT, null, "Hello", at(201)));
        assertEquals(Optional.of(Side.REQUESTING), m.feedbackSideOf(anna), "feedback after the end");
        assertEquals(Optional.empty(), m.feedbackSideOf(mediator));
    }

    @Test
    void withdrawal_before_the_first_meeting_is_refused() {
        Mediation m = inProgress();
        m.scheduleSession(mediator, at(60), "Geneva, room 2", at(5));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> m.withdraw(anna, null, at(10)));
        assertEquals("R-M1", refused.ruleId());
        assertEquals("rule.mediation.beforeFirstMeeting", refused.messageKey());
        assertEquals(MediationState.IN_PROGRESS, m.state());
    }

    @Test
    void the_invited_party_may_decline_to_mediate_and_nobody_else_answers_for_it() {
        Mediation m = Mediation.request(anna, "bert@example.org", "Dispute", "fr", T);
        assertThrows(RuleViolation.class, () -> m.agree(anna, at(1)));
        assertThrows(RuleViolation.class, () -> m.agree(outsider, at(1)));
        m.decline(bert, "We prefer court", at(2));
        assertEquals(MediationState.DECLINED, m.state());
        assertEquals(Optional.empty(), m.feedbackSideOf(anna), "no mediator, no feedback");
    }

    @Test
    void caucus_stays_within_its_side_until_that_side_releases_it() {
        Mediation m = inProgress();
        m.addRepresentative(anna, annasLawyer.email(), at(5));
        m.addRepresentative(bert, bertsLawyer.email(), at(5));
        MediationMessage secret =
                m.send(anna, MediationMessage.Channel.CAUCUS, null, "We could accept EUR 400", at(10));
        MediationMessage toBert = m.send(
                mediator, MediationMessage.Channel.CAUCUS, Side.RESPONDING, "How flexible is your client?", at(11));
        MediationMessage joint = m.send(staff, MediationMessage.Channel.JOINT, null, "Room booked", at(12));

        assertTrue(m.messagesVisibleTo(anna).contains(secret));
        assertTrue(m.messagesVisibleTo(annasLawyer).contains(secret));
        assertTrue(m.messagesVisibleTo(mediator).containsAll(List.of(secret, toBert, joint)));
        for (UserAccount notHisSide : List.of(bert, bertsLawyer, staff)) {
            assertFalse(m.messagesVisibleTo(notHisSide).contains(secret), notHisSide.email());
        }
        assertFalse(m.messagesVisibleTo(anna).contains(toBert));
        assertFalse(m.messagesVisibleTo(staff).contains(toBert));
        assertEquals(List.of(), m.messagesVisibleTo(outsider));

        // Only Anna's side releases Anna's caucus message; the mediator and Bert cannot.
        assertThrows(RuleViolation.class, () -> m.release(bert, secret.id(), at(20)));
        assertThrows(RuleViolation.class, () -> m.release(mediator, secret.id(), at(20)));
        m.release(annasLawyer, secret.id(), at(21));
        for (UserAccount everyone : List.of(bert, bertsLawyer, staff, mediator)) {
            assertTrue(m.messagesVisibleTo(everyone).contains(secret), everyone.email());
        }
    }

    @Test
    void a_party_writes_only_in_its_own_caucus_and_the_center_in_none() {
        Mediation m = inProgress();
        RuleViolation other = assertThrows(
                RuleViolation.class,
                () -> m.send(anna, MediationMessage.Channel.CAUCUS, Side.RESPONDING, "Psst", at(10)));
        assertEquals("R-M2", other.ruleId());
        assertThrows(
                RuleViolation.class,
                () -> m.send(staff, MediationMessage.Channel.CAUCUS, Side.REQUESTING, "Psst", at(10)));
        assertThrows(
                RuleViolation.class, () -> m.send(mediator, MediationMessage.Channel.CAUCUS, null, "To whom?", at(10)));
    }

    @Test
    void the_mediator_is_one_both_sides_ranked_and_a_declined_mandate_moves_to_the_next() {
        Mediation m = Mediation.request(anna, "bert@example.org", "Dispute", "de", T);
        m.agree(bert, at(1));
        assertThrows(
                RuleViolation.class,
                () -> m.rankMediators(anna, List.of("nobody@example.org"), DIRECTORY, at(2)),
                "only from the directory");
        m.rankMediators(anna, List.of("med1@example.org", "med2@example.org", "med3@example.org"), DIRECTORY, at(2));
        assertEquals(MediationState.CHOOSING_MEDIATOR, m.state(), "one list is not a choice");
        assertEquals(
                Optional.of("med2@example.org"),
                m.rankMediators(bert, List.of("med2@example.org", "med3@example.org"), DIRECTORY, at(3)));
        UserAccount med2 = account("med2@example.org", Role.NEUTRAL);
        assertThrows(RuleViolation.class, () -> m.acceptMandate(mediator, true, at(4)), "not the chosen one");
        assertEquals(Optional.of("med3@example.org"), m.declineMandate(med2, at(4)));
        UserAccount med3 = account("med3@example.org", Role.NEUTRAL);
        assertEquals(Optional.empty(), m.declineMandate(med3, at(5)));
        assertEquals(MediationState.CHOOSING_MEDIATOR, m.state());
        assertEquals(List.of(), m.preferencesOf(Side.REQUESTING), "the Parties rank again");
    }

    @Test
    void mediator_choice_takes_the_lowest_sum_of_ranks_and_never_imposes_one() {
        assertEquals(Optional.of("b"), MediatorChoice.of(List.of("a", "b", "c"), List.of("c", "b", "a"), Set.of()));
        assertEquals(
                Optional.of("a"),
                MediatorChoice.of(List.of("a", "b"), List.of("b", "a"), Set.of()),
                "a tie goes to the Requesting Party's order only after the worse rank");
        assertEquals(Optional.empty(), MediatorChoice.of(List.of("a"), List.of("b"), Set.of()));
        assertEquals(Optional.empty(), MediatorChoice.of(List.of("a"), List.of("a"), Set.of("a")));
    }

    @Test
    void the_circle_is_the_parties_their_representatives_the_mediator_and_the_center() {
        Mediation m = inProgress();
        m.addRepresentative(bert, bertsLawyer.email(), at(5));
        for (UserAccount in : List.of(anna, bert, bertsLawyer, mediator, staff)) {
            assertTrue(m.isVisibleTo(in), in.email());
        }
        assertFalse(m.isVisibleTo(outsider));
        assertFalse(m.isVisibleTo(account("med2@example.org", Role.NEUTRAL)), "another mediator");
    }

    @Test
    void linked_from_a_dcti_procedure_its_settlement_ends_the_procedure_as_settled() {
        UserAccount platform = account("legal@streamly.example", Role.PARTY);
        Procedure procedure = Requests.file(anna, Matter.COPYRIGHT, "Streamly", "My video was removed", T);
        assertThrows(
                RuleViolation.class,
                () -> Mediation.requestFrom(procedure, anna, "Settle?", "en", at(1)),
                "the platform joins at commencement");
        procedure.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, at(1));
        procedure.commence(platform, staff, at(1));
        assertThrows(RuleViolation.class, () -> Mediation.requestFrom(procedure, outsider, "Settle?", "en", at(2)));
        Mediation m = Mediation.requestFrom(procedure, platform, "Settle the takedown", "en", at(2));
        assertEquals(Optional.of(procedure.id()), m.procedureId());
        assertEquals("anna@example.org", m.party(Side.RESPONDING).email());

        assertEquals(TerminationGround.SETTLED_BEFORE_APPOINTMENT, procedure.endBySettlement("ab12", at(3)));
        assertEquals(ProcedureState.TERMINATED, procedure.state());
        assertThrows(RuleViolation.class, () -> procedure.endBySettlement("ab12", at(4)), "ends once");
        assertThrows(RuleViolation.class, () -> Mediation.requestFrom(procedure, anna, "Again", "en", at(5)));
    }

    @Test
    void after_appointment_the_settlement_ends_the_procedure_before_the_resolution() {
        UserAccount platform = account("legal@streamly.example", Role.PARTY);
        Procedure procedure = Requests.file(anna, Matter.COPYRIGHT, "Streamly", "My video was removed", T);
        procedure.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, at(1));
        procedure.commence(platform, staff, at(1));
        Requests.appoint(procedure, account("expert@center.example", Role.NEUTRAL), at(2));
        assertEquals(TerminationGround.SETTLED_BEFORE_RESOLUTION, procedure.endBySettlement("ab12", at(3)));
    }

    @Test
    void bad_requests_are_refused_at_their_field() {
        assertEquals(
                "/otherParty",
                assertThrows(RuleViolation.class, () -> Mediation.request(anna, "not an address", "Dispute", "en", T))
                        .field());
        assertEquals(
                "/otherParty",
                assertThrows(RuleViolation.class, () -> Mediation.request(anna, "ANNA@example.org", "Dispute", "en", T))
                        .field());
        assertEquals(
                "/summary",
                assertThrows(RuleViolation.class, () -> Mediation.request(anna, "bert@example.org", "  ", "en", T))
                        .field());
        assertEquals(
                "/language",
                assertThrows(RuleViolation.class, () -> Mediation.request(anna, "bert@example.org", "Dispute", "xx", T))
                        .field());
        assertThrows(
                RuleViolation.class,
                () -> Mediation.request(mediator, "bert@example.org", "Dispute", "en", T),
                "a mediator is not a Party");
    }
}
