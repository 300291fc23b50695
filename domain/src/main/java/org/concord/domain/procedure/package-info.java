/**
 * The DCTI Procedure aggregate: Request, participants, states (Articles 2, 4–16 of the DCTI Rules). {@link
 * org.concord.domain.procedure.Procedure} is the root and keeps the verbs, each delegating to a part: the Request's
 * items ({@code RequestContent}), the Answer ({@code Answer}), the language ({@code LanguageDecision}) and the end
 * ({@code Termination}) as embeddables in the {@code procedure} table; the circle ({@code Circle}), the appointment
 * sequence ({@code Appointments}), the conduct ({@code Conduct}), the Resolution's steps ({@code Resolving}) and the
 * time limits ({@code TimeLimits}) as collaborators over the lists mapped on the root, built on each use. The guards
 * are named once ({@code Guards}). Who may do what now is asked of the root's {@code may…(viewer)} predicates, which
 * delegate to the part whose verb shares the check, and are gathered in {@code ProcedurePermissions}. A refusal is a
 * {@code RuleViolation} (rule, JSON pointer, key, arguments); missing items are one {@code ItemsMissing} naming them
 * all.
 */
package org.concord.domain.procedure;
