package org.concord.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import org.concord.service.account.ProfileService;

/**
 * Issue 24: the zone the signed-in viewer also reads times in, from the account's profile, asked once per sign-in and
 * again when the profile is saved; none for a visitor or a holder who chose none (Geneva's only, R-3.1).
 */
@SessionScoped
public class ViewerZone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    /** The account the zone was read for ({@code null}: not read). */
    private String readFor;

    private String zone;

    /** The viewer's own zone, {@code null} when it is Geneva's or none was chosen. */
    ZoneId zone() {
        FacesContext context = FacesContext.getCurrentInstance();
        Principal principal =
                context == null ? null : context.getExternalContext().getUserPrincipal();
        if (principal == null) {
            return null;
        }
        if (!principal.getName().equals(readFor)) {
            zone = profiles.timeZone().map(ZoneId::getId).orElse(null);
            readFor = principal.getName();
        }
        return zone == null ? null : ZoneId.of(zone);
    }

    /** The profile was saved: the next page reads the zone again. */
    void forget() {
        readFor = null;
    }
}
