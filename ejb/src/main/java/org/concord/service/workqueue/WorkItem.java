package org.concord.service.workqueue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.domain.procedure.WorkQueue;

/**
 * One item of a work queue (issue 24): what to do ({@code kind}), about which Procedure ({@code procedureId},
 * {@code reference}; absent for a bank credit not matched to a fee) and whose ({@code about}: the platform named in the
 * Request, or the payer of a credit), since when ({@code since}: the receipt, booking, invitation or communication
 * date) and by when ({@code due}, a Geneva date, or {@code dueAt}, an instant for an invitation's expiry), whether it
 * is {@code late}. {@code held}: a Request still waiting for its filing fee. {@code amount} and
 * {@code currency}: a bank credit's.
 */
public record WorkItem(
        WorkQueue.Kind kind,
        UUID procedureId,
        String reference,
        String about,
        LocalDate since,
        LocalDate due,
        Instant dueAt,
        boolean late,
        boolean held,
        BigDecimal amount,
        String currency) {

    static WorkItem of(
            WorkQueue.Kind kind,
            UUID procedureId,
            String reference,
            String about,
            LocalDate since,
            LocalDate due,
            LocalDate today) {
        return new WorkItem(
                kind,
                procedureId,
                reference,
                about,
                since,
                due,
                null,
                due != null && WorkQueue.isLate(due, today),
                false,
                null,
                null);
    }
}
