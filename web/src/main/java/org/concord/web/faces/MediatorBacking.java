package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.mediation.DirectoryService;
import org.concord.service.mediation.MediatorProfile;

/** R-M4, public: one mediator's profile with its Feedback Digest; 404 for a hidden or unknown mediator. */
@Named
@RequestScoped
public class MediatorBacking {

    @Inject
    private DirectoryService directory;

    private String id;
    private MediatorProfile profile;

    /** The directory's filters and page the profile was opened from, for the way back (issue 24). */
    private String language;

    private String country;
    private String area;
    private String certification;
    private String text;
    private String page;

    public void load() throws IOException {
        try {
            profile = directory.profile(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MediatorProfile getProfile() {
        return profile;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getCertification() {
        return certification;
    }

    public void setCertification(String certification) {
        this.certification = certification;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
