/**
 * DCTI Procedure use cases (Articles 2, 4–16), and the downloads of a Procedure's documents. The contexts that follow a
 * Procedure (fees, appointment, conduct, resolution, mediation) depend on this one, never the reverse: what they do
 * when a Request is filed, a Procedure commenced or concluded, they learn from the events here ({@link
 * org.concord.service.procedure.RequestFiled}, {@link org.concord.service.procedure.ProcedureCommenced}, {@link
 * org.concord.service.procedure.ProcedureConcluded}), and what this context asks of them is an interface it owns
 * ({@link org.concord.service.procedure.FeeStanding}).
 */
package org.concord.service.procedure;
