/**
 * The DCTI Procedure aggregate: Request, participants, states (Articles 2, 4–16 of the DCTI Rules). {@link
 * org.concord.domain.procedure.Procedure} is the root and keeps the verbs; its state lives in parts: the Request's
 * items ({@code RequestContent}), the Answer ({@code Answer}), the language ({@code LanguageDecision}) and the end
 * ({@code Termination}) as embeddables in the {@code procedure} table, the appointment sequence ({@code Appointments})
 * and the conduct ({@code Conduct}) as collaborators over the lists mapped on the root. Who may do what now is asked
 * of the root's {@code may…(viewer)} predicates, which share the checks of the verbs' guards and are gathered in
 * {@code ProcedurePermissions}. A refusal is a {@code RuleViolation} (rule, JSON pointer, key, arguments); missing
 * items are one {@code ItemsMissing} naming them all.
 */
package org.concord.domain.procedure;
