/**
 * Fees, payments and refunds (Article 17): the schedule, fee statements and invoices, payments recorded by staff or
 * imported from camt.053 bank statements, and the refunds proposed when a Procedure ends.
 */
package org.concord.service.fee;
