package org.concord.service.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

/**
 * names the subject (a Procedure or a mediation) whose audit trail an {@link Audited} call is added to. Every
 * audited method carries it exactly once:
 * <ul>
 * <li>on its {@code UUID} parameter that identifies the subject, e.g. {@code view(@AuditSubject UUID id)};</li>
 * <li>on the method itself when the call creates the subject: the returned value then names it, being a
 * {@link Carrier} (e.g. the filed Request).</li>
 * </ul>
 * The layering test checks that every {@code @Audited} method declares it.
 */
@Target({ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditSubject {

    /** A result that names the subject it created. */
    interface Carrier {

        /** The id of the Procedure or mediation whose audit trail this belongs to. */
        UUID auditSubject();
    }
}
