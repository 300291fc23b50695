package org.concord.service.fee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.fee.FeeKind;
import org.concord.domain.fee.FeeSchedule;

/** A fee schedule with its validity: from its first day until the day before the next schedule's (open-ended). */
public record ScheduleView(
        UUID id,
        LocalDate validFrom,
        LocalDate validUntil,
        String currency,
        BigDecimal filingFee,
        BigDecimal administrationFee,
        BigDecimal neutralFee,
        String createdBy,
        Instant createdAt,
        boolean inForce,
        boolean withdrawable) {

    static ScheduleView of(FeeSchedule s, LocalDate nextFrom, LocalDate today) {
        boolean started = !s.validFrom().isAfter(today);
        return new ScheduleView(
                s.id(),
                s.validFrom(),
                nextFrom == null ? null : nextFrom.minusDays(1),
                s.currency(),
                s.amountOf(FeeKind.FILING),
                s.amountOf(FeeKind.ADMINISTRATION),
                s.amountOf(FeeKind.NEUTRAL),
                s.createdBy(),
                s.createdAt(),
                started && (nextFrom == null || nextFrom.isAfter(today)),
                !started);
    }
}
