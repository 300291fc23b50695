package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.UUID;
import org.concord.service.Links;
import org.concord.service.representation.PowerOfAttorneyForm;
import org.concord.service.representation.RepresentationForm;
import org.concord.service.representation.RepresentationService;
import org.concord.service.representation.RepresentationView;

/**
 * A Party's representatives (R-ACC.3): authorise an address for one Procedure (opened from its page), one mediation
 * (opened from its page) or for all, see the authorisations given and received, accept an invitation to represent,
 * revoke one; as a representative, file a power of attorney for staff to review. Post, redirect, get.
 */
@Named
@ViewScoped
@ShowsRefusals
public class RepresentationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepresentationService representations;

    private String procedure;
    private String mediation;
    private boolean onlyThisProcedure = true;
    private RepresentationService.Mine mine;
    private final RepresentationForm form = new RepresentationForm();
    private final PowerOfAttorneyForm powerOfAttorney = new PowerOfAttorneyForm();
    private transient Part powerOfAttorneyFile;

    public void load() {
        mine = representations.mine();
    }

    /** The Procedure the page was opened from, if any and well-formed. */
    public UUID getProcedureId() {
        return id(procedure);
    }

    /** The mediation the page was opened from, if any and well-formed (and no Procedure). */
    public UUID getMediationId() {
        return getProcedureId() == null ? id(mediation) : null;
    }

    private static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public String authorise() {
        form.setProcedure(getProcedureId());
        form.setAll(!onlyThisProcedure);
        form.setMediation(getMediationId());
        RepresentationView given = representations.authorise(form);
        Messages.info("representation.authorised", given.representativeEmail());
        return Links.redirect(back());
    }

    /** R-ACC.3: files the power of attorney; the answer never says whether it names a Party. */
    public String filePowerOfAttorney() {
        if (Uploads.chosen(powerOfAttorneyFile)) {
            powerOfAttorney.setFilename(Uploads.filename(powerOfAttorneyFile));
            powerOfAttorney.setDocument(Uploads.document(powerOfAttorneyFile, "/document"));
        }
        representations.filePowerOfAttorney(powerOfAttorney);
        Messages.info("representation.powerOfAttorneyFiled");
        return Links.redirect(Links.representation());
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
        if (getProcedureId() != null) {
            return Links.representation(getProcedureId());
        }
        return getMediationId() != null ? Links.representationForMediation(getMediationId()) : Links.representation();
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

    public String getMediation() {
        return mediation;
    }

    public void setMediation(String mediation) {
        this.mediation = mediation;
    }

    public PowerOfAttorneyForm getPowerOfAttorney() {
        return powerOfAttorney;
    }

    public Part getPowerOfAttorneyFile() {
        return powerOfAttorneyFile;
    }

    public void setPowerOfAttorneyFile(Part powerOfAttorneyFile) {
        this.powerOfAttorneyFile = powerOfAttorneyFile;
    }
}
