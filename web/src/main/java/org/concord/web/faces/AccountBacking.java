package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.Role;
import org.concord.service.Links;
import org.concord.service.account.AccountAdministrationService;
import org.concord.service.account.AccountDetail;

/**
 * R-ACC.5: one account for administrators: its roles, state and record of changes; grant and withdraw roles,
 * disable, enable, force a reset, each with the reason typed once above the buttons. What may be done is the
 * account's answer ({@code account.may}). R-SEC.3: revoke all the account's API tokens.
 */
@Named
@ViewScoped
@ShowsRefusals
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministrationService administration;

    private String id;
    private AccountDetail account;

    @Size(max = 2000)
    private String reason;

    private Role role;

    public void load() throws IOException {
        try {
            account = administration.account(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException unknown) {
            ErrorPages.send(404);
        }
    }

    public String grant() {
        administration.grantRole(account.id(), role, reason);
        return done();
    }

    public String withdraw(Role withdrawn) {
        administration.withdrawRole(account.id(), withdrawn, reason);
        return done();
    }

    public String disable() {
        administration.disable(account.id(), reason);
        return done();
    }

    public String enable() {
        administration.enable(account.id(), reason);
        return done();
    }

    public String forceReset() {
        administration.forceReset(account.id(), reason);
        return done();
    }

    /** R-SEC.2: resets the holder's second factor (a lost device), with the reason typed above. */
    public String resetSecondFactor() {
        administration.resetSecondFactor(account.id(), reason);
        return done();
    }

    /** R-SEC.1: lifts the sign-in delay or lock, with the reason typed above. */
    public String unlock() {
        administration.unlock(account.id(), reason);
        return done();
    }

    /**
     * R-SEC.3: revokes every API token of the account (a token leaked, a script retired), with the reason typed
     * above; the number revoked is confirmed. A page action, not an API call: administrators sign in with a second step, which HTTP Basic does not
     * have, and a token may not revoke tokens (R-SEC.2).
     */
    public String revokeTokens() {
        int revoked = administration.revokeTokens(account.id(), reason);
        Messages.info("account.tokensRevoked", revoked);
        return Links.redirect(Links.account(account.id()));
    }

    private String done() {
        Messages.info("account.changed");
        return Links.redirect(Links.account(account.id()));
    }

    public AccountDetail getAccount() {
        return account;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
