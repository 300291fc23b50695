package org.concord.web.security;

import jakarta.security.enterprise.credential.Credential;
import org.concord.service.account.TokenCaller;

/**
 * An API token presented as {@code Authorization: Bearer <token>}. Once {@link ApiTokenIdentityStore} has accepted
 * it, it carries what the token is (R-SEC.3: its id, owner and scopes), so that the request can be held to them.
 */
public final class BearerTokenCredential implements Credential {

    private final String token;
    private TokenCaller accepted;

    public BearerTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** The token as accepted by the identity store; {@code null} before, or if it was refused. */
    public TokenCaller accepted() {
        return accepted;
    }

    void accept(TokenCaller caller) {
        this.accepted = caller;
    }
}
