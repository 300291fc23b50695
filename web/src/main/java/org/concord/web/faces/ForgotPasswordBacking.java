package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concord.service.Links;
import org.concord.service.account.PasswordService;

/** R-ACC.4: "forgot password"; the answer is the same for every address. */
@Named
@RequestScoped
@ShowsRefusals
public class ForgotPasswordBacking {

    @Inject
    private PasswordService passwords;

    private String email;
    private boolean sent;

    public String send() {
        passwords.forgotPassword(email);
        return Links.redirect(Links.forgotPasswordSent());
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
