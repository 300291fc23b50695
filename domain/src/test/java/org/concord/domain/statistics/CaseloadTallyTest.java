package org.concord.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-STAT.3: the staff's caseload per month, from the counts the database groups by month. */
class CaseloadTallyTest {

    @Test
    void theOpenAtAMonthsEndAreAllReceivedLessAllEndedSoFar_R_STAT_3() {
        List<CaseloadMonth> months = new CaseloadTally()
                .received(YearMonth.of(2026, 1), 10)
                .ended(YearMonth.of(2026, 1), 2)
                .received(YearMonth.of(2026, 2), 5)
                .ended(YearMonth.of(2026, 3), 7)
                .months(YearMonth.of(2026, 3));
        assertEquals(
                List.of(8, 13, 6), months.stream().map(CaseloadMonth::openAtEnd).toList());
        assertEquals(
                List.of(10, 5, 0), months.stream().map(CaseloadMonth::received).toList());
        assertEquals(List.of(2, 0, 7), months.stream().map(CaseloadMonth::ended).toList());
    }

    @Test
    void monthsWithoutFiguresAreListedThroughTheCurrentOne_R_STAT_3() {
        List<CaseloadMonth> months =
                new CaseloadTally().received(YearMonth.of(2025, 11), 1).months(YearMonth.of(2026, 2));
        assertEquals(
                List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2)),
                months.stream().map(CaseloadMonth::month).toList());
        assertEquals(
                List.of(1, 1, 1, 1),
                months.stream().map(CaseloadMonth::openAtEnd).toList());
    }

    @Test
    void timeLimitsMetAndMissedAreCountedInTheMonthOfTheEvent_R_8_1_R_14_2() {
        CaseloadMonth march = new CaseloadTally()
                .received(YearMonth.of(2026, 1), 4)
                .appointments(YearMonth.of(2026, 3), 3, 1)
                .resolutions(YearMonth.of(2026, 3), 2, 2)
                .months(YearMonth.of(2026, 3))
                .get(2);
        assertEquals(3, march.appointmentsMet());
        assertEquals(1, march.appointmentsMissed());
        assertEquals(2, march.resolutionsMet());
        assertEquals(2, march.resolutionsMissed());
    }

    @Test
    void noProceduresNoMonths_R_STAT_3() {
        assertTrue(new CaseloadTally().months(YearMonth.of(2026, 3)).isEmpty());
    }
}
