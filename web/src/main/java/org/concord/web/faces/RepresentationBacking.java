package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.concord.service.Links;
import org.concord.service.representation.RepresentationForm;
import org.concord.service.representation.RepresentationService;
import org.concord.service.representation.RepresentationView;

/**
 * A Party's representatives (R-ACC.3): authorise an address for one Procedure (opened from its page) or for all,
 * see the authorisations given and received, accept an invitation to represent, revoke one. Post, redirect, get.
 */
@Named
@ViewScoped
@ShowsRefusals
public class RepresentationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepresentationService representations;

    private String procedure;
    private boolean onlyThisProcedure = true;
    private RepresentationService.Mine mine;
    private final RepresentationForm form = new RepresentationForm();

    public void load() {
        mine = representations.mine();
    }

    /** The Procedure the page was opened from, if any and well-formed. */
    public UUID getProcedureId() {
        try {
            return procedure == null || procedure.isBlank() ? null : UUID.fromString(procedure);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public String authorise() {
        form.setProcedure(onlyThisProcedure ? getProcedureId() : null);
        RepresentationView given = representations.authorise(form);
        Messages.info("representation.authorised", given.representativeEmail());
        return Links.redirect(back());
    }

    public String accept(UUID id) {
        RepresentationView accepted = representations.accept(id);
        Messages.info("representation.accepted", accepted.party());
        return Links.redirect(back());
    }

    public String revoke(UUID id) {
        representations.revoke(id);
        Messages.info("representation.revoked");
        return Links.redirect(back());
    }

    private String back() {
        UUID id = getProcedureId();
        return id == null ? Links.representation() : Links.representation(id);
    }

    public RepresentationService.Mine getMine() {
        return mine;
    }

    public RepresentationForm getForm() {
        return form;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public boolean isOnlyThisProcedure() {
        return onlyThisProcedure;
    }

    public void setOnlyThisProcedure(boolean onlyThisProcedure) {
        this.onlyThisProcedure = onlyThisProcedure;
    }
}
