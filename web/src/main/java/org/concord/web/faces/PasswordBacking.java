package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.concord.service.Links;
import org.concord.service.account.PasswordService;
import org.concord.web.security.SignedIn;

/**
 * R-ACC.4: the signed-in holder changes the password (the current one required). The other sessions end; this one
 * goes on, its sign-in renewed at the instant of the change.
 */
@Named
@RequestScoped
@ShowsRefusals
public class PasswordBacking {

    @Inject
    private PasswordService passwords;

    @Inject
    private FacesContext facesContext;

    private String currentPassword;
    private String password;
    private String repeatPassword;

    public String change() {
        keepThisSession(passwords.changePassword(currentPassword, password, repeatPassword));
        Messages.info("password.changed");
        return Links.redirect(Links.home());
    }

    private void keepThisSession(Instant at) {
        HttpSession session = (HttpSession) facesContext.getExternalContext().getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            session.setAttribute(SignedIn.SESSION_ATTRIBUTE, signedIn.renewedAt(at));
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
