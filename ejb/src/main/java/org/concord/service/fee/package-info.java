/**
 * Fees, payments and refunds (Article 17): the schedule, fee statements and invoices, payments recorded by staff or
 * imported from camt.053 bank statements, and the refunds proposed when a Procedure ends. Fees follow the Procedure:
 * they are assessed on its events ({@code RequestFiled}, {@code ProcedureCommenced}, {@code ProcedureConcluded}), and
 * the Procedure asks whether a Party has paid through {@code FeeStanding}, which {@link
 * org.concord.service.fee.FeePayments} implements.
 */
package org.concord.service.fee;
