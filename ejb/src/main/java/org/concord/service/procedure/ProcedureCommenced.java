package org.concord.service.procedure;

import org.concord.domain.procedure.Procedure;

/**
 * Fired in the transaction that commences a Procedure, before its reminders are planned: the Responding
 * Party's fees are assessed (R-17.1, 17(a)) by the fee context, which observes this.
 */
public record ProcedureCommenced(Procedure procedure) {}
