package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.fee.Conclusion;
import org.concord.domain.fee.FeeBalance;
import org.concord.domain.fee.FeeKind;
import org.concord.domain.fee.RefundPolicy;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The six paths of a DCTI procedure, each told as a story from the Request to its end, with the fees that follow
 * (R-5 … R-17). Parties in France and Ireland, with their public holidays.
 */
class LifecycleScenariosTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount streamly = account("legal@streamly.example", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount expert = account("expert@example.org", Role.NEUTRAL);
    private final UserAccount substitute = account("substitute@example.org", Role.NEUTRAL);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, "Name of " + email, "h", Set.of(role), Locale.ENGLISH, Instant.EPOCH);
    }

    private static Instant on(String date) {
        return LocalDate.parse(date).atTime(11, 0).atZone(GENEVA).toInstant();
    }

    /** Alice files on 2 March 2026, pays on the 3rd; the Center commences on the 4th; Streamly pays its fees. */
    private Procedure commencedAndPaid() {
        streamly.domicileIn(Domicile.parse("IE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "Streamly", "My song was removed.", on("2026-03-02"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, on("2026-03-03"));
        p.commence(streamly, staff, on("2026-03-04"));
        return p;
    }

    private static AnswerItems answer() {
        return new AnswerItems(
                false,
                null,
                "legal@streamly.example",
                new Domicile("IE", null),
                "A rightholder notified us.",
                "Terms, section 7",
                "None");
    }

    private static Upload pdf() {
        return new Upload(
                DocumentKind.RESOLUTION, "r.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    }

    private static Map<FeeKind, FeeBalance> allPaid() {
        Map<FeeKind, FeeBalance> balances = new EnumMap<>(FeeKind.class);
        balances.put(
                FeeKind.FILING,
                new FeeBalance(new BigDecimal("50.00"), new BigDecimal("50.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        balances.put(
                FeeKind.ADMINISTRATION,
                new FeeBalance(new BigDecimal("300.00"), new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        balances.put(
                FeeKind.NEUTRAL,
                new FeeBalance(new BigDecimal("700.00"), new BigDecimal("700.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        return balances;
    }

    private void resolve(Procedure p, ResolutionOutcome outcome, String on) {
        resolve(p, expert, outcome, on);
    }

    private void resolve(Procedure p, UserAccount neutral, ResolutionOutcome outcome, String on) {
        p.draftResolution(neutral, "A song was removed.", "Reinstate it.", "Own work.", outcome, on(on));
        p.signResolution(neutral, pdf(), Requests.ENGINE, on(on));
        p.communicateResolution(staff, on(on).plusSeconds(3600));
    }

    @Test
    void resolvedForTheRequestingPartyWhoGetsTheFilingFeeBack() {
        Procedure p = commencedAndPaid();
        p.releaseHeldFilings(ParticipantRole.RESPONDING_PARTY, on("2026-03-05"));
        p.fileAnswer(streamly, answer(), List.of(), true, on("2026-03-10"), ENGINE);
        Requests.appoint(p, expert, on("2026-03-12"));
        resolve(p, ResolutionOutcome.FOR_REQUESTING_PARTY, "2026-04-01");
        assertEquals(ProcedureState.RESOLVED, p.state());
        assertEquals(
                List.of(new RefundPolicy.Move(
                        FeeKind.FILING, RefundPolicy.Action.REFUND, new BigDecimal("50.00"), "R-17.3", false)),
                RefundPolicy.movesFor(Conclusion.of(ResolutionOutcome.FOR_REQUESTING_PARTY), allPaid()));
    }

    @Test
    void resolvedForTheRespondingPartyWithoutRefund_reading() {
        Procedure p = commencedAndPaid();
        p.fileAnswer(streamly, answer(), List.of(), true, on("2026-03-10"), ENGINE);
        Requests.appoint(p, expert, on("2026-03-12"));
        resolve(p, ResolutionOutcome.FOR_RESPONDING_PARTY, "2026-04-01");
        RefundPolicy.Move move = RefundPolicy.movesFor(Conclusion.of(ResolutionOutcome.FOR_RESPONDING_PARTY), allPaid())
                .get(0);
        assertEquals(RefundPolicy.Action.NO_REFUND, move.action());
        assertTrue(move.reading(), "the Rules grant none: a reading shown to staff");
    }

    @Test
    void settledBeforeAppointment() {
        Procedure p = commencedAndPaid();
        p.terminate(staff, TerminationGround.SETTLED_BEFORE_APPOINTMENT, "Settled by e-mail", on("2026-03-09"));
        assertEquals(ProcedureState.TERMINATED, p.state());
        assertEquals(
                List.of("FILING REFUND 50.00", "ADMINISTRATION REFUND 150.00", "NEUTRAL REFUND 700.00"),
                RefundPolicy.movesFor(
                                Conclusion.of(
                                        TerminationGround.SETTLED_BEFORE_APPOINTMENT,
                                        p.appointedAt().isPresent()),
                                allPaid())
                        .stream()
                        .map(m -> m.fee() + " " + m.action() + " " + m.amount())
                        .toList());
    }

    @Test
    void terminatedOutOfScopeAndTheCenterKeepsTheFilingFee() {
        Procedure p = commencedAndPaid();
        p.terminate(staff, TerminationGround.OUT_OF_SCOPE, "A patent dispute", on("2026-03-06"));
        assertEquals(
                RefundPolicy.Action.RETAIN,
                RefundPolicy.movesFor(Conclusion.of(TerminationGround.OUT_OF_SCOPE, false), allPaid())
                        .get(0)
                        .action());
    }

    @Test
    void noAnswerAndTheProcedureContinuesToItsResolution() {
        Procedure p = commencedAndPaid();
        LocalDate answerDue = p.timeLimits().deadlines(ENGINE).get(0).deadline().due();
        assertEquals(AnswerStatus.NO_ANSWER, p.timeLimits().answerStatus(ENGINE, answerDue.plusDays(1)), "R-12");
        Requests.appoint(p, expert, on(answerDue.plusDays(2).toString()));
        resolve(
                p,
                ResolutionOutcome.FOR_REQUESTING_PARTY,
                answerDue.plusDays(20).toString());
        assertEquals(ProcedureState.RESOLVED, p.state());
        assertEquals(AnswerStatus.NO_ANSWER, p.timeLimits().answerStatus(ENGINE, answerDue.plusDays(30)));
    }

    @Test
    void theNeutralIsReplacedTheProcedureStandsStillAndTheSubstituteResolves() {
        Procedure p = commencedAndPaid();
        Requests.appoint(p, expert, on("2026-03-25"));
        LocalDate due = resolutionDue(p, LocalDate.parse("2026-03-26"));
        p.disclose(expert, "My firm now acts for Streamly.", on("2026-04-01"));
        p.replaceNeutral(staff, "Conflict disclosed under 9(c)", false, on("2026-04-02"));
        assertTrue(p.appointments().isSuspended());
        assertFalse(p.isVisibleTo(expert));
        Requests.appoint(p, substitute, on("2026-04-09"));
        assertEquals(LocalDate.parse("2026-04-24"), due);
        assertEquals(
                LocalDate.parse("2026-05-05"),
                resolutionDue(p, LocalDate.parse("2026-04-10")),
                "seven days suspended (2 to 8 April) do not count: 1 May, then Labour Day (FR), the weekend and the "
                        + "May bank holiday (IE) move it to Tuesday 5 May (R-10, R-3.4)");
        resolve(p, substitute, ResolutionOutcome.FOR_REQUESTING_PARTY, "2026-04-20");
        assertEquals(
                "Name of substitute@example.org",
                p.resolution().orElseThrow().signedByName().orElseThrow());
    }

    private static LocalDate resolutionDue(Procedure p, LocalDate today) {
        return p.timeLimits().deadlines(ENGINE, today).stream()
                .filter(d -> d.kind() == ProcedureDeadline.Kind.RESOLUTION)
                .findFirst()
                .orElseThrow()
                .deadline()
                .due();
    }
}
