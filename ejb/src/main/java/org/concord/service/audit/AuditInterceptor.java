package org.concord.service.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds a successful {@link Audited} call to the audit trail of the subject the method names with
 * {@link AuditSubject}. A call that fails (a refusal, a "not found") leaves no entry: its transaction rolls
 * back, and an outsider's attempt must not mark the Procedure.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    private AuditTrail trail;

    @Inject
    private Principal caller;

    @AroundInvoke
    public Object record(InvocationContext call) throws Exception {
        Object result = call.proceed();
        Audited audited = call.getMethod().getAnnotation(Audited.class);
        String what =
                audited == null || audited.value().isEmpty() ? call.getMethod().getName() : audited.value();
        subjectOf(call.getMethod(), call.getParameters(), result)
                .ifPresent(subject -> trail.record(
                        subject,
                        caller == null || caller.getName() == null ? "anonymous" : caller.getName(),
                        what,
                        audited == null || !audited.read()));
        return result;
    }

    /** The subject the method declares: its {@link AuditSubject} parameter, or the result of an annotated method. */
    static Optional<UUID> subjectOf(Method method, Object[] arguments, Object result) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof AuditSubject) {
                    return Optional.ofNullable((UUID) arguments[i]);
                }
            }
        }
        if (method.isAnnotationPresent(AuditSubject.class)) {
            return Optional.ofNullable((AuditSubject.Carrier) result).map(AuditSubject.Carrier::auditSubject);
        }
        throw new IllegalStateException(method + " is @Audited but names no @AuditSubject");
    }
}
