package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concord.service.Links;
import org.concord.service.account.ProfileService;

/**
 * R-ACC.6: the signed-in holder confirms a new address with the link mailed to it. The link is used by the button,
 * not by opening the page, so that a mail scanner following links uses up nothing.
 */
@Named
@RequestScoped
@ShowsRefusals
public class ConfirmEmailBacking {

    @Inject
    private ProfileService profiles;

    private String token;

    public String confirm() {
        profiles.confirmEmailChange(token);
        Messages.info("profile.emailChanged");
        return Links.redirect(Links.login());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
