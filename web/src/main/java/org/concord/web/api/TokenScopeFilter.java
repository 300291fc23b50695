package org.concord.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.concord.domain.account.ApiToken.Scope;
import org.concord.service.account.AccountService;
import org.concord.service.account.TokenCaller;
import org.concord.web.security.ConcordAuthenticationMechanism;

/**
 * R-SEC.3: a call authenticated by an API token gets only what the token's scopes allow, before its body is read:
 * <ul>
 * <li>a method marked {@link NotWithToken} (issuing or revoking tokens, …) refuses every token;</li>
 * <li>a method or class marked {@link TokenScope} needs that scope;</li>
 * <li>otherwise GET and HEAD need {@code READ}, every other method {@code FILE}.</li>
 * </ul>
 * A refusal is 403 problem details naming the missing scope and the rule, and goes into the security log. Calls
 * with a session or HTTP Basic are not concerned (the roles and the domain's rules apply to all calls alike).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TokenScopeFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call) {
        if (!(request.getAttribute(ConcordAuthenticationMechanism.TOKEN_ATTRIBUTE) instanceof TokenCaller token)) {
            return;
        }
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        MessageResolver texts = MessageResolver.of(request);
        if (method.isAnnotationPresent(NotWithToken.class) || type.isAnnotationPresent(NotWithToken.class)) {
            log().recordTokenRefusal(token.tokenId(), token.accountId(), "reason=session-required");
            call.abortWith(Problems.response(Problems.tokenNotAccepted(texts)));
            return;
        }
        Scope needed = needed(method, type, call.getMethod());
        if (!token.scopes().contains(needed)) {
            log().recordTokenRefusal(token.tokenId(), token.accountId(), "reason=scope missing=" + needed);
            call.abortWith(Problems.response(Problems.tokenScopeMissing(needed.name(), texts)));
        }
    }

    /** Looked up at a refusal only (a provider is not necessarily a CDI bean under annotated discovery). */
    private static AccountService log() {
        return CDI.current().select(AccountService.class).get();
    }

    static Scope needed(Method method, Class<?> type, String httpMethod) {
        TokenScope onMethod = method.getAnnotation(TokenScope.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        TokenScope onType = type.getAnnotation(TokenScope.class);
        if (onType != null) {
            return onType.value();
        }
        return httpMethod.equals("GET") || httpMethod.equals("HEAD") ? Scope.READ : Scope.FILE;
    }
}
