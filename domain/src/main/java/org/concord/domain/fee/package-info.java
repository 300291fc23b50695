/**
 * Fees, payments and refunds (Article 17, R-17.1– ): the schedule in force on the date of receipt, one
 * {@link org.concord.domain.fee.Fee} per amount due with its ISO 11649 payment reference, and the append-only ledger
 * from which every balance derives.
 */
package org.concord.domain.fee;
