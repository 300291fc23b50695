package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.service.Links;
import org.concord.service.account.PasswordService;

/**
 * R-ACC.4: the single-use reset link sets a new password; the account's other sessions end. View-scoped: the form is
 * shown only for a usable link, which the postback must still know when it decodes the form.
 */
@Named
@ViewScoped
@ShowsRefusals
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordService passwords;

    private String token;
    private String password;
    private String repeatPassword;
    private Boolean usable;

    public String reset() {
        passwords.resetPassword(token, password, repeatPassword);
        Messages.info("reset.done");
        return Links.redirect(Links.login());
    }

    /** Whether the link can still be used: otherwise the page says so and offers a new one. */
    public boolean isUsable() {
        if (usable == null) {
            usable = passwords.resetLinkUsable(token);
        }
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
