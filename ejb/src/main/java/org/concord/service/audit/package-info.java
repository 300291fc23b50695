/** The audit trail of every read and change of a Procedure's file. */
package org.concord.service.audit;
