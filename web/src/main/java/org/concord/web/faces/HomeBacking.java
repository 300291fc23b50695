package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.concord.service.Links;

/** The start page sends a signed-in user to where their work is. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private SecurityContext security;

    public String start() {
        if (security.isCallerInRole("CENTER_STAFF") || security.isCallerInRole("CENTER_ADMIN")) {
            return Links.redirect(Links.console());
        }
        if (isParticipant()) {
            return Links.redirect(Links.myProcedures());
        }
        return null;
    }

    public boolean isStaff() {
        return security.isCallerInRole("CENTER_STAFF") || security.isCallerInRole("CENTER_ADMIN");
    }

    public boolean isAdmin() {
        return security.isCallerInRole("CENTER_ADMIN");
    }

    /** Parties and Neutrals work in the portal. */
    public boolean isParticipant() {
        return security.isCallerInRole("PARTY") || security.isCallerInRole("NEUTRAL");
    }

    public boolean isParty() {
        return security.isCallerInRole("PARTY");
    }

    public boolean isNeutral() {
        return security.isCallerInRole("NEUTRAL");
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getCallerName() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : null;
    }
}
