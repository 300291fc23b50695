package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.TerminationGround;
import org.concord.service.procedure.CommencementForm;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.TerminationForm;

/** One Procedure's page, for its circle only; anyone else gets the same 404 page as for a wrong id. */
@Named
@ViewScoped
public class ProcedureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    private String id;
    private ProcedureView procedure;
    private CommencementForm commencement = new CommencementForm();

    public void load() throws IOException {
        try {
            procedure = procedures.getProcedure(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    /** Staff commence the Procedure; a refusal is shown next to the field or at the top. */
    public void commence() {
        try {
            procedure = procedures.commence(procedure.id(), commencement);
            commencement = new CommencementForm();
            Messages.info("commence.done");
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "actions:" + refused.field(), refused.messageKey());
        }
    }

    /** Staff end the Procedure before appointment (R-15 (b), (e)); the fees follow. */
    public void terminate(String ground) {
        TerminationForm form = new TerminationForm();
        form.setGround(TerminationGround.valueOf(ground));
        try {
            procedure = procedures.terminate(procedure.id(), form);
            Messages.info("terminate.done");
        } catch (RuleViolation refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    public CommencementForm getCommencement() {
        return commencement;
    }

    /** "12 days left", "Due today", "Passed 3 days ago", in the page's language. */
    public String countdown(ProcedureView.DeadlineView deadline) {
        long left = deadline.daysLeft();
        if (left == 0) {
            return Messages.text("deadline.today");
        }
        return left > 0 ? Messages.text("deadline.daysLeft", left) : Messages.text("deadline.passed", -left);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProcedureView getProcedure() {
        return procedure;
    }
}
