package org.concord.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.concord.service.Links;

/**
 * R-SEC.2: the recovery codes just issued to the signed-in holder, kept in the session until the holder says they are
 * stored, so that changing the page's language (a redirect to a new view) or reloading does not lose them. They are
 * never written anywhere else; signing out ends them with the session.
 */
@Named
@SessionScoped
public class IssuedRecoveryCodes implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> codes = List.of();

    /** Where to go once they are stored: on from a sign-in, or back to the account's security page. */
    private String next = Links.security();

    void issued(List<String> issued, String then) {
        codes = List.copyOf(issued);
        next = then;
    }

    void forget() {
        codes = List.of();
    }

    public List<String> getCodes() {
        return codes;
    }

    /** The holder stored them: they are no longer shown, and the page goes on (a redirect: post/redirect/get). */
    public void stored() throws IOException {
        codes = List.of();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + next);
    }
}
