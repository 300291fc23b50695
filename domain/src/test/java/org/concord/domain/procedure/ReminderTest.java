package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;
import org.junit.jupiter.api.Test;

class ReminderTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine(new PublicHolidayCalendar(List.of()));

    private static ProcedureDeadline answerDeadline(Procedure[] holder) {
        UserAccount alice =
                new UserAccount("alice@example.org", "Alice", "h", Set.of(Role.PARTY), Locale.ENGLISH, Instant.EPOCH);
        UserAccount platform =
                new UserAccount("legal@platform.example", "P", "h", Set.of(Role.PARTY), Locale.ENGLISH, Instant.EPOCH);
        alice.domicileIn(Domicile.parse("FR"));
        platform.domicileIn(Domicile.parse("DE"));
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "P", "x", Instant.parse("2027-01-01T09:00:00Z"));
        p.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, Instant.parse("2027-01-02T09:00:00Z"));
        UserAccount staff = new UserAccount(
                "staff@center.example", "S", "h", Set.of(Role.CENTER_STAFF), Locale.ENGLISH, Instant.EPOCH);
        p.commence(platform, staff, Instant.parse("2027-01-04T09:00:00Z"));
        holder[0] = p;
        return p.timeLimits().deadlines(ENGINE).get(0);
    }

    @Test
    void remindersFireAtEightGenevaTimeFiveAndOneDaysBefore_RC3() {
        Procedure[] p = new Procedure[1];
        ProcedureDeadline answer = answerDeadline(p);
        List<Reminder> planned = Reminder.plan(
                p[0], p[0].circle().requestingParty(), answer, List.of(5, 1), Instant.parse("2027-01-04T09:00:00Z"));
        assertEquals(2, planned.size());
        assertEquals(Instant.parse("2027-01-20T07:00:00Z"), planned.get(0).fireAt(), "25 Jan - 5 days, 08:00 CET");
        assertEquals(Instant.parse("2027-01-24T07:00:00Z"), planned.get(1).fireAt());
    }

    @Test
    void aReminderPlannedLateFiresAtOnceAndNoneAfterTheLimit_RC3() {
        Procedure[] p = new Procedure[1];
        ProcedureDeadline answer = answerDeadline(p);
        Instant lateButBefore = Instant.parse("2027-01-22T10:00:00Z");
        List<Reminder> planned =
                Reminder.plan(p[0], p[0].circle().requestingParty(), answer, List.of(5, 1), lateButBefore);
        assertEquals(lateButBefore, planned.get(0).fireAt(), "the 5-day point passed: at once");
        assertEquals(Instant.parse("2027-01-24T07:00:00Z"), planned.get(1).fireAt());
        assertEquals(
                List.of(),
                Reminder.plan(
                        p[0],
                        p[0].circle().requestingParty(),
                        answer,
                        List.of(5, 1),
                        Instant.parse("2027-01-26T10:00:00Z")),
                "the limit has passed");
    }

    @Test
    void plannedWhenBothMomentsHavePassedOnlyTheNearestIsSentOnce_RC3() {
        Procedure[] p = new Procedure[1];
        ProcedureDeadline answer = answerDeadline(p);
        // The limit is 25 Jan: on 24 Jan after 08:00, the 5-day and the 1-day moments have both passed.
        Instant dayBefore = Instant.parse("2027-01-24T10:00:00Z");
        List<Reminder> planned = Reminder.plan(p[0], p[0].circle().requestingParty(), answer, List.of(5, 1), dayBefore);
        assertEquals(1, planned.size(), "one reminder, not two in the same minute");
        assertEquals(1, planned.get(0).daysBefore());
        assertEquals(dayBefore, planned.get(0).fireAt(), "at once");
        assertEquals(
                1,
                Reminder.plan(p[0], p[0].circle().requestingParty(), answer, List.of(1, 5), dayBefore)
                        .size(),
                "whatever the configured order");
    }
}
