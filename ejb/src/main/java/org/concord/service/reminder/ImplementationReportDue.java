package org.concord.service.reminder;

import java.time.LocalDate;
import java.util.UUID;

/**
 * R-PLAT.4: the Responding Party's implementation report of a Procedure fell due on {@code due} and is not made;
 * fired in the transaction that sends the first reminder of each day it is overdue ({@code daysOverdue}), once per
 * Procedure and day however many members the platform has. A hook for the webhooks of R-PLAT.2 (ids only).
 */
public record ImplementationReportDue(UUID procedureId, LocalDate due, int daysOverdue) {}
