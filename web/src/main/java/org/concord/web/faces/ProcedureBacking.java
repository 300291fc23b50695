package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureView;

/** One Procedure's page, for its circle only; anyone else gets the same 404 page as for a wrong id. */
@Named
@ViewScoped
public class ProcedureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    private String id;
    private ProcedureView procedure;

    public void load() throws IOException {
        try {
            procedure = procedures.getProcedure(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
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
