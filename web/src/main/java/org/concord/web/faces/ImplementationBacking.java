package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.procedure.ImplementationOutcome;
import org.concord.service.procedure.ImplementationForm;
import org.concord.service.procedure.ProcedureService;

/**
 * The implementation report part of a Procedure's page (R-PLAT.4): the Responding Party's form, shown when the
 * domain's {@code mayReportImplementation} says so ({@code may.reportImplementation}); one key per page view, so that a
 * double submission reports once.
 */
@Named
@ViewScoped
@ShowsRefusals
public class ImplementationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureBacking page;

    @Inject
    private ProcedureService procedures;

    private final ImplementationForm report = new ImplementationForm();
    private final String key = "form-" + UUID.randomUUID();

    /** The Responding Party reports whether it implemented the Resolution (R-PLAT.4). */
    public String reportImplementation() {
        procedures.reportImplementation(page.getProcedure().id(), report, key);
        Messages.info("implementation.reported");
        return page.reload();
    }

    public ImplementationForm getReport() {
        return report;
    }

    public ImplementationOutcome[] getOutcomes() {
        return ImplementationOutcome.values();
    }
}
