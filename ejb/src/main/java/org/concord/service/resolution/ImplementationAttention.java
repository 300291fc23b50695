package org.concord.service.resolution;

import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.procedure.ImplementationOutcome;

/**
 * R-PLAT.4: a Procedure whose implementation report needs staff's attention, as staff see it: overdue (no report and
 * the due date passed; {@code daysOverdue} &gt; 0, {@code outcome} empty) or reporting the Resolution partly or not
 * implemented (with the date and the reason).
 */
public record ImplementationAttention(
        UUID id,
        String reference,
        String platformName,
        LocalDate communicatedOn,
        LocalDate due,
        long daysOverdue,
        ImplementationOutcome outcome,
        LocalDate date,
        String reason) {}
