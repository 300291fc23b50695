/** The audit trail of every read and change of a Procedure's file, as a hash chain. */
package org.concord.domain.audit;
