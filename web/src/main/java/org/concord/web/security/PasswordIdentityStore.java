package org.concord.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.concord.service.account.SignInService;

/**
 * Passwords, from the login form and HTTP Basic: checked by {@link SignInService} (throttled per account and per
 * client address, R-SEC.1; Argon2id, older hashes upgraded, the same work for an unknown account, R-SEC.2); only a confirmed account that is neither disabled nor closed signs
 * in (R-ACC.1, R-ACC.5, R-ACC.6), with its roles as groups. API tokens have their own store
 * ({@link ApiTokenIdentityStore}).
 */
@ApplicationScoped
@DeclareRoles({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
public class PasswordIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    /** The request being authenticated (CDI's built-in bean): its client address is throttled (R-SEC.1). */
    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddresses addresses;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.signIn(password.getCaller(), password.getPasswordAsString(), addresses.of(request), via())
                .map(caller -> new CredentialValidationResult(caller.email(), caller.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** HTTP Basic sends an {@code Authorization} header; the login form does not. */
    private SignInService.Via via() {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                ? SignInService.Via.BASIC
                : SignInService.Via.FORM;
    }

    @Override
    public int priority() {
        return 10;
    }
}
