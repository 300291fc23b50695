package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** Who the caller is, for the menus and the start page (issue 24: a signed-in user's work queue). */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private SecurityContext security;

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
