package org.concord.web.faces;

import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * The one place where a backing bean's action turns a refusal into a message (issue 20): the action ends with no
 * outcome, so Faces renders the same view with the bean's input. Only actions are concerned (methods returning
 * nothing or an outcome); a getter's refusal still reaches the error page.
 */
@ShowsRefusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    Object showRefusal(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RuntimeException refused) {
            Class<?> returned = call.getMethod().getReturnType();
            boolean action = returned == void.class || returned == String.class;
            if (!action || FacesContext.getCurrentInstance() == null || !Refusals.show(refused)) {
                throw refused;
            }
            return null;
        }
    }
}
