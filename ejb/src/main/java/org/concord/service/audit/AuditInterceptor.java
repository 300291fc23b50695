package org.concord.service.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.concord.service.procedure.FiledRequest;
import org.concord.service.procedure.ProcedureView;

/**
 * Adds a successful {@link Audited} call to the Procedure's audit trail. A call that fails (a refusal, a
 * "not found") leaves no entry: its transaction rolls back, and an outsider's attempt must not mark the Procedure.
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
        String what = audited == null || audited.value().isEmpty() ? call.getMethod().getName() : audited.value();
        procedureOf(call.getParameters(), result).ifPresent(procedure -> trail.record(procedure,
                caller == null || caller.getName() == null ? "anonymous" : caller.getName(), what));
        return result;
    }

    private static Optional<UUID> procedureOf(Object[] parameters, Object result) {
        Optional<UUID> argument = Arrays.stream(parameters).filter(UUID.class::isInstance).map(UUID.class::cast)
                .findFirst();
        if (argument.isPresent()) {
            return argument;
        }
        if (result instanceof ProcedureView view) {
            return Optional.of(view.id());
        }
        if (result instanceof org.concord.service.mediation.MediationView mediation) {
            return Optional.of(mediation.id());
        }
        if (result instanceof FiledRequest filed) {
            return Optional.of(filed.procedure().id());
        }
        return Optional.empty();
    }
}
