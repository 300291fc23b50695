package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.WordCount;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureView;
import org.concord.service.procedure.RequestForm;

/** The portal's Request form: validated on the server, field by field, with the rule that refused it. */
@Named
@ViewScoped
public class FileRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    private final RequestForm request = new RequestForm();

    public String submit() {
        try {
            ProcedureView filed = procedures.fileRequest(request);
            Messages.info("request.filed", filed.reference());
            return "/procedure.xhtml?faces-redirect=true&id=" + filed.id();
        } catch (RuleViolation refused) {
            Messages.error(refused.field() == null ? null : "request:" + refused.field(), refused.messageKey(),
                    WordCount.LIMIT);
            return null;
        }
    }

    public RequestForm getRequest() {
        return request;
    }

    public Matter[] getMatters() {
        return Matter.values();
    }

    public int getWordLimit() {
        return WordCount.LIMIT;
    }
}
