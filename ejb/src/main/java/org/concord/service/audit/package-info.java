/**
 * The audit trail of every read and change of a Procedure's (or a mediation's) file. Every other context
 * uses this one, so it uses none of them: an audited method names its subject with {@code @AuditSubject}.
 */
package org.concord.service.audit;
