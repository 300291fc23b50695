package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.service.Links;
import org.concord.service.account.ProfileService;
import org.concord.service.account.ProfileView;
import org.concord.service.mediation.DirectoryService;

/**
 * R-ACC.6: one's own account: correct name, language and domicile; change the address; see the sessions and end
 * them all; download one's data; close the account.
 */
@Named
@ViewScoped
@ShowsRefusals
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    private ProfileView profile;

    @Size(max = 200)
    private String displayName;

    private String language;

    @Size(max = 10)
    private String domicile;

    /** Issue 24: the zone the holder also reads times in; empty for Geneva's only. */
    @Size(max = 40)
    private String timeZone;

    @Inject
    private ViewerZone viewerZone;

    @Size(max = 254)
    private String email;

    private boolean closeConfirmed;

    @Inject
    private DirectoryService directory;

    @Inject
    private HomeBacking home;

    /** R-M4: a mediator's biography for the directory; {@code null} for anyone the Center has not described. */
    @Size(max = NeutralProfile.BIOGRAPHY_MAX)
    private String biography;

    private boolean mediator;

    @PostConstruct
    void load() {
        profile = profiles.profile();
        displayName = profile.displayName();
        language = profile.language();
        domicile = profile.domicile();
        timeZone = profile.timeZone() == null ? "" : profile.timeZone();
        if (home.isNeutral()) {
            biography = directory.biography();
            mediator = biography != null;
        }
    }

    /** R-M4: the mediator saves its biography, shown in the public directory. */
    public String writeBiography() {
        directory.writeBiography(biography);
        Messages.info("profile.biographySaved");
        return Links.redirect(Links.profile());
    }

    /** Whether the caller is a mediator the Center described (and so has a directory profile). */
    public boolean isMediator() {
        return mediator;
    }

    public String getBiography() {
        return biography;
    }

    public void setBiography(String biography) {
        this.biography = biography;
    }

    public String correct() {
        profiles.correct(displayName, language, domicile, timeZone);
        viewerZone.forget();
        Messages.info("profile.corrected");
        return Links.redirect(Links.profile());
    }

    public String changeEmail() {
        profiles.requestEmailChange(email);
        Messages.info("profile.emailSent");
        return Links.redirect(Links.profile());
    }

    public String signOutEverywhere() {
        profiles.signOutEverywhere();
        return Links.redirect(Links.login());
    }

    public String close() {
        if (!closeConfirmed) {
            Messages.error("close:closeConfirmed", "profile.closeConfirm");
            return null;
        }
        profiles.close();
        return Links.redirect(Links.home());
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public ProfileView getProfile() {
        return profile;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isCloseConfirmed() {
        return closeConfirmed;
    }

    public void setCloseConfirmed(boolean closeConfirmed) {
        this.closeConfirmed = closeConfirmed;
    }
}
