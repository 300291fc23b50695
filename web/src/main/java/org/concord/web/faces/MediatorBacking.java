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
}
