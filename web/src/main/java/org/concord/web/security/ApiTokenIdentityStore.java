package org.concord.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.concord.service.account.AccountService;

/**
 * Validates API tokens (stored hashed, revocable, expiring: R-SEC.3) and gives the owner's roles as groups; the
 * accepted token (its scopes) is handed back on the credential for the request's scope check.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    private AccountService accountService;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof BearerTokenCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accountService
                .authenticateApiToken(bearer.token())
                .map(token -> {
                    bearer.accept(token);
                    return new CredentialValidationResult(
                            token.caller().email(), token.caller().groups());
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public int priority() {
        return 20;
    }
}
