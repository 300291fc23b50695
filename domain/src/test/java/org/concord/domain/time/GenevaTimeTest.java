package org.concord.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GenevaTimeTest {

    @Test
    void receiptDateIsTheGenevaDateWithSummerTime_R3_1() {
        assertEquals(LocalDate.parse("2026-04-01"), GenevaTime.dateOf(Instant.parse("2026-03-31T22:30:00Z")));
        assertEquals(LocalDate.parse("2026-03-31"), GenevaTime.dateOf(Instant.parse("2026-03-31T21:59:59Z")));
    }

    @Test
    void receiptDateIsTheGenevaDateInWinter_R3_1() {
        assertEquals(LocalDate.parse("2026-01-05"), GenevaTime.dateOf(Instant.parse("2026-01-04T23:30:00Z")));
        assertEquals(LocalDate.parse("2026-01-04"), GenevaTime.dateOf(Instant.parse("2026-01-04T22:30:00Z")));
    }
}
