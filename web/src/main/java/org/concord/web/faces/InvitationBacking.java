package org.concord.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import org.concord.service.Links;
import org.concord.service.invitation.InvitationPreview;
import org.concord.service.invitation.InvitationService;
import org.concord.web.security.SignedIn;

/**
 * R-ACC.1: the page of an invitation's link (public). It says what the invitation is for and then, signed in with the
 * invited address, offers "Accept"; not signed in, the form that creates the account bound to that address, and a
 * sign-in that comes back here. A link that is not one, or no longer works, says so. View-scoped: the postback must
 * still know the token.
 */
@Named
@ViewScoped
@ShowsRefusals
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvitationService invitations;

    private String token;
    private InvitationPreview invitation;
    private String name;
    private String domicile;
    private String language;
    private String password;
    private String repeatPassword;
    private boolean terms;

    /** The page's view action: what the link is for ({@code null} for a link that is not one). */
    public void load() {
        invitation = invitations.open(token).orElse(null);
    }

    /**
     * Accepts, signed in with the invited address; a role granted is this session's at once, and the page goes on to
     * what the invitation opened.
     */
    public String accept() throws IOException {
        InvitationService.Accepted accepted = invitations.accept(token);
        if (accepted.grantedRole() != null) {
            takeOnRole(accepted.grantedRole());
        }
        Messages.info("accountInvitation.accepted");
        redirect(accepted.next());
        return null;
    }

    /** Creates the account bound to the invited address; then sign-in, going on to what the invitation opened. */
    public String join() throws IOException {
        String next = invitations.join(token, name, domicile, getLanguage(), password, repeatPassword, terms);
        Messages.info("invitation.joined");
        redirect(next);
        return null;
    }

    private void takeOnRole(String role) {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            Set<String> groups = new HashSet<>(signedIn.groups());
            groups.add(role);
            session.setAttribute(SignedIn.SESSION_ATTRIBUTE, new SignedIn(signedIn.name(), groups, signedIn.at()));
        }
    }

    /** To a path whose query is encoded already (a navigation outcome would encode it again). */
    private void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    /** "Already have an account? Sign in", coming back to this link. */
    public String getSignInLink() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + Links.loginThen(Links.invitation(token == null ? "" : token));
    }

    public InvitationPreview getInvitation() {
        return invitation;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    /** The page's language until the person chooses another. */
    public String getLanguage() {
        return language == null
                ? FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()
                : language;
    }

    public void setLanguage(String language) {
        this.language = language;
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

    public boolean isTerms() {
        return terms;
    }

    public void setTerms(boolean terms) {
        this.terms = terms;
    }
}
