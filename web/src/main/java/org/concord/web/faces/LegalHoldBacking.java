package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import org.concord.service.retention.LegalHoldForm;
import org.concord.service.retention.LegalHoldView;
import org.concord.service.retention.RetentionService;

/**
 * R-OPS.3: the legal hold part of a Procedure's page, for staff: whether the file is held (and why, by whom, since
 * when), and the form that places or lifts the hold with a reason. Nothing for anyone else.
 */
@Named
@ViewScoped
@ShowsRefusals
public class LegalHoldBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureBacking page;

    @Inject
    private RetentionService retention;

    @Inject
    private SecurityContext security;

    private LegalHoldView hold;
    private final LegalHoldForm form = new LegalHoldForm();

    /** The hold as staff see it; {@code null} for anyone else (the section is not shown). */
    public LegalHoldView getHold() {
        if (hold == null && page.getProcedure() != null && isStaff()) {
            hold = retention.procedureHold(page.getProcedure().id());
        }
        return hold;
    }

    public LegalHoldForm getForm() {
        return form;
    }

    /** Staff place a legal hold, with the form's reason. */
    public String place() {
        retention.placeProcedureHold(page.getProcedure().id(), form);
        Messages.info("legalHold.placed");
        return page.reload();
    }

    /** Staff lift the legal hold, with the form's reason. */
    public String lift() {
        retention.liftProcedureHold(page.getProcedure().id(), form);
        Messages.info("legalHold.lifted");
        return page.reload();
    }

    private boolean isStaff() {
        return security.isCallerInRole("CENTER_STAFF") || security.isCallerInRole("CENTER_ADMIN");
    }
}
