package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.domain.procedure.ResolutionOutcome;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.resolution.ExtensionForm;
import org.concord.service.resolution.ResolutionForm;
import org.concord.service.resolution.ResolutionService;

/**
 * The Resolution part of a Procedure's page: the Neutral's draft and signature, staff's communication and the
 * extension of the period.
 */
@Named
@ViewScoped
@ShowsRefusals
public class ResolutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureBacking page;

    @Inject
    private ResolutionService resolutions;

    private ResolutionForm resolution;
    private final ExtensionForm extension = new ExtensionForm();

    /** The Neutral saves the draft of the Resolution. */
    public String saveResolution() {
        resolutions.draft(page.getProcedure().id(), getResolution());
        Messages.info("resolution.saved");
        return page.reload();
    }

    /** The Neutral signs the saved draft (R-14.1 (vi)). */
    public String signResolution() {
        resolutions.draft(page.getProcedure().id(), getResolution());
        resolutions.sign(page.getProcedure().id());
        Messages.info("resolution.signed");
        return page.reload();
    }

    /** Staff communicate the signed Resolution to the Parties. */
    public String communicateResolution() {
        resolutions.communicate(page.getProcedure().id());
        Messages.info("resolution.communicated.done");
        return page.reload();
    }

    /** Staff extend the Resolution period. */
    public String extendResolution() {
        resolutions.extend(page.getProcedure().id(), extension);
        Messages.info("resolution.extended");
        return page.reload();
    }

    /** The Neutral's draft, prefilled from what was saved. */
    public ResolutionForm getResolution() {
        if (resolution == null) {
            resolution = new ResolutionForm();
            ProcedureView.ResolutionView saved =
                    page.getProcedure() == null ? null : page.getProcedure().resolution();
            if (saved != null) {
                resolution.setDescription(saved.description());
                resolution.setRecommendation(saved.recommendation());
                resolution.setReasons(saved.reasons());
                resolution.setOutcome(saved.outcome());
            }
        }
        return resolution;
    }

    public ResolutionOutcome[] getOutcomes() {
        return ResolutionOutcome.values();
    }

    public ExtensionForm getExtension() {
        return extension;
    }
}
