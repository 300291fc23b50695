package org.concord.service.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * a service method that reads or changes a Procedure's file; each successful call is added to the
 * Procedure's audit trail, in the same transaction, with the caller and {@link #value() what} was done. The
 * method names the Procedure (or mediation) with {@link AuditSubject}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** What was done, e.g. {@code "read procedure"} or {@code "answer filed"}. */
    @Nonbinding
    String value() default "";

    /**
     * Whether the call only reads (R-13.4 audits reads too); a change (the default) also moves the Procedure in the
     * change feeds of its organisations (R-PLAT.1, {@link AuditRecorded}).
     */
    @Nonbinding
    boolean read() default false;
}
