package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concord.service.Links;
import org.concord.service.account.RegistrationService;

/**
 * R-ACC.1: following the confirmation link confirms the address and leads to sign-in; the same page asks for a new
 * link (the answer is the same for any address).
 */
@Named
@RequestScoped
@ShowsRefusals
public class ConfirmBacking {

    @Inject
    private RegistrationService registration;

    private String token;
    private String email;
    private boolean sent;

    /** The page's view action, when the link brought a token. */
    public String confirm() {
        registration.confirm(token);
        Messages.info("confirm.done");
        return Links.redirect(Links.login());
    }

    public String askAgain() {
        registration.confirmAgain(email);
        return Links.redirect(Links.confirmAgain() + "?sent=true");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }

    public void setSent(boolean sent) {
        this.sent = sent;
    }
}
