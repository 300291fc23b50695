package org.concord.domain.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.retention.DataClass;
import org.concord.domain.retention.RetentionPeriods;
import org.junit.jupiter.api.Test;

/** R-OPS.3: an ended Procedure's file falls due for erasure after its period, unless staff hold it. */
class LegalHoldTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-31T22:30:00Z");
    private static final Instant ENDED = RECEIVED.plusSeconds(3600);

    private final UserAccount alice = account("alice@example.org", Role.PARTY);
    private final UserAccount staff = account("staff@center.example", Role.CENTER_STAFF);
    private final UserAccount neutral = account("expert@example.org", Role.NEUTRAL);

    private static UserAccount account(String email, Role role) {
        return new UserAccount(email, email, "hash", Set.of(role), Locale.ENGLISH, RECEIVED);
    }

    private static RetentionPeriods tenYears() {
        Map<DataClass, Period> periods = new EnumMap<>(DataClass.class);
        for (DataClass dataClass : DataClass.values()) {
            periods.put(dataClass, Period.ofYears(10));
        }
        return RetentionPeriods.of(periods);
    }

    private Procedure ended() {
        Procedure p = Requests.file(alice, Matter.COPYRIGHT, "Streamly", "A takedown", RECEIVED);
        p.terminate(staff, TerminationGround.SETTLED_BEFORE_APPOINTMENT, null, ENDED);
        return p;
    }

    @Test
    void anEndedFileIsDueAfterItsPeriodARunningOneNever_ROPS3() {
        Procedure running = Requests.file(alice, Matter.COPYRIGHT, "Streamly", "A takedown", RECEIVED);
        Instant muchLater = ENDED.plus(java.time.Duration.ofDays(366 * 20));
        assertFalse(running.isDueForErasure(tenYears(), muchLater), "a running Procedure is kept");
        Procedure ended = ended();
        Instant due = tenYears().dueAt(DataClass.PROCEDURE_FILE, ENDED);
        assertFalse(ended.isDueForErasure(tenYears(), due.minusSeconds(1)));
        assertTrue(ended.isDueForErasure(tenYears(), due));
    }

    @Test
    void staffHoldWithAReasonAndTheHoldSuspendsErasureUntilLifted_ROPS3() {
        Procedure p = ended();
        Instant due = tenYears().dueAt(DataClass.PROCEDURE_FILE, ENDED);
        assertTrue(p.mayPlaceLegalHold(staff));
        p.placeLegalHold(staff, "Court order of 3 May", due.minusSeconds(60));
        assertTrue(p.legalHold().isHeld());
        assertEquals("staff@center.example", p.legalHold().by().orElseThrow());
        assertFalse(p.isDueForErasure(tenYears(), due.plusSeconds(60)), "held: kept past its period");
        assertFalse(p.mayPlaceLegalHold(staff), "already held");
        assertTrue(p.mayLiftLegalHold(staff));
        p.liftLegalHold(staff, "Order discharged", due.plusSeconds(120));
        assertFalse(p.legalHold().isHeld());
        assertTrue(p.isDueForErasure(tenYears(), due.plusSeconds(180)), "lifted: erasure resumes");
    }

    @Test
    void onlyStaffHoldOrLift_ROPS3() {
        Procedure p = ended();
        for (UserAccount outsider : new UserAccount[] {alice, neutral, null}) {
            assertFalse(p.mayPlaceLegalHold(outsider));
            RuleViolation refused =
                    assertThrows(RuleViolation.class, () -> p.placeLegalHold(outsider, "Because", ENDED));
            assertEquals("R-OPS.3", refused.ruleId());
        }
        p.placeLegalHold(staff, "Because", ENDED);
        assertFalse(p.mayLiftLegalHold(alice));
        assertThrows(RuleViolation.class, () -> p.liftLegalHold(alice, "Because", ENDED));
        assertTrue(p.legalHold().isHeld());
    }

    @Test
    void aHoldNeedsAReason_ROPS3() {
        Procedure p = ended();
        RuleViolation refused = assertThrows(RuleViolation.class, () -> p.placeLegalHold(staff, " ", ENDED));
        assertEquals("/reason", refused.field());
        assertFalse(p.legalHold().isHeld());
    }
}
