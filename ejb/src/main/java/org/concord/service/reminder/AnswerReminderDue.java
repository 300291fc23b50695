package org.concord.service.reminder;

import org.concord.domain.procedure.Procedure;

/**
 * Fired in the transaction that sends an Answer reminder (R-C3), once per reminder and member: the webhooks tell the
 * Responding Party's organisation that its Answer is due in {@code daysBefore} days (R-PLAT.2), once.
 */
public record AnswerReminderDue(Procedure procedure, int daysBefore) {}
