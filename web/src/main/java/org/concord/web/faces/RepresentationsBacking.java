package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.representation.DecisionForm;
import org.concord.service.representation.PowerOfAttorneyView;
import org.concord.service.representation.RepresentationService;

/**
 * The console's powers of attorney (R-ACC.3): staff page through those waiting, oldest first, open one ({@code ?id=})
 * to read what it names and download the document, and accept or refuse it with a reason. Post, redirect, get.
 */
@Named
@ViewScoped
@ShowsRefusals
public class RepresentationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepresentationService representations;

    private int page;
    private String id;
    private Page<PowerOfAttorneyView> list;
    private PowerOfAttorneyView selected;
    private final DecisionForm form = new DecisionForm();

    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            selected = representations.powerOfAttorney(UUID.fromString(id));
        } catch (NotFound | IllegalArgumentException unknown) {
            ErrorPages.send(404);
        }
    }

    public Page<PowerOfAttorneyView> getList() {
        if (list == null) {
            list = representations.pending(page);
        }
        return list;
    }

    public String accept() {
        return decide(true, "representations.accepted");
    }

    public String refuse() {
        return decide(false, "representations.refused");
    }

    private String decide(boolean accepted, String message) {
        form.setAccepted(accepted);
        PowerOfAttorneyView decided = representations.decide(selected.id(), form);
        Messages.info(message, decided.representativeEmail());
        return Links.redirect(Links.powersOfAttorney());
    }

    public PowerOfAttorneyView getSelected() {
        return selected;
    }

    public DecisionForm getForm() {
        return form;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
