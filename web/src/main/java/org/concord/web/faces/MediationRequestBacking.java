package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.Links;
import org.concord.service.mediation.MediationRequestForm;
import org.concord.service.mediation.MediationService;
import org.concord.service.mediation.MediationView;

/**
 * A Party asks for mediation (R-M1): with another Party by e-mail, or from a DCTI Procedure (15(a),
 * {@code ?procedure=}); the case analysis may prefill the summary ({@code ?summary=}).
 */
@Named
@ViewScoped
@ShowsRefusals
public class MediationRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediationService mediations;

    @Inject
    private LocaleBacking locale;

    private final MediationRequestForm form = new MediationRequestForm();

    @PostConstruct
    void init() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        form.setSummary(parameters.get("summary"));
        form.setLanguage(locale.getLanguage());
        String procedure = parameters.get("procedure");
        if (procedure != null && !procedure.isBlank()) {
            try {
                form.setProcedureId(UUID.fromString(procedure));
            } catch (IllegalArgumentException malformed) {
                Messages.error(null, "mediation.procedureUnknown");
            }
        }
    }

    public String submit() {
        try {
            MediationView view = mediations.request(form);
            Messages.info("mediation.requested", view.reference());
            return Links.redirect(Links.mediation(view.id()));
        } catch (NotFound hidden) {
            Messages.error(null, "mediation.procedureUnknown");
        }
        return null;
    }

    public MediationRequestForm getForm() {
        return form;
    }
}
