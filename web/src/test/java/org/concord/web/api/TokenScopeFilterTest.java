package org.concord.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.concord.domain.account.ApiToken.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.3: which scope a token needs for which endpoint. */
class TokenScopeFilterTest {

    @Test
    @DisplayName("R-SEC.3: GET needs READ, other methods FILE, unless the endpoint declares its scope")
    void theScopeFollowsTheMethodUnlessDeclared_R_SEC_3() throws Exception {
        assertEquals(Scope.READ, needed(TokenResource.class, "mine", "GET"));
        assertEquals(Scope.FILE, needed(AccountResource.class, "correct", "PUT"));
        assertEquals(Scope.ADMINISTER, needed(AccountResource.class, "search", "GET"));
        assertEquals(Scope.ADMINISTER, needed(AccountResource.class, "disable", "POST"));
        assertEquals(Scope.ADMINISTER, needed(SecurityLogResource.class, null, "GET"));
        assertEquals(Scope.ADMINISTER, needed(InvitationResource.class, "invite", "POST"));
        assertEquals(Scope.ADMINISTER, needed(OrganisationResource.class, "create", "POST"));
        assertEquals(Scope.ACT_FOR_ORGANISATION, needed(OrganisationResource.class, "inviteMember", "POST"));
    }

    @Test
    @DisplayName("R-SEC.3: issuing and revoking tokens refuse every token")
    void tokensCannotMakeOrRevokeTokens_R_SEC_3() throws Exception {
        assertTrue(method(TokenResource.class, "issue").isAnnotationPresent(NotWithToken.class));
        assertTrue(method(TokenResource.class, "revoke").isAnnotationPresent(NotWithToken.class));
    }

    private static Scope needed(Class<?> type, String name, String http) {
        Method m = name == null
                ? Arrays.stream(type.getDeclaredMethods())
                        .filter(x -> x.isAnnotationPresent(GET.class))
                        .findFirst()
                        .orElseThrow()
                : method(type, name);
        return TokenScopeFilter.needed(m, type, http);
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }
}
