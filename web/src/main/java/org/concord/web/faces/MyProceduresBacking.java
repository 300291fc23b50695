package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;

/** The portal's list: the procedures the signed-in Party or Neutral takes part in. */
@Named
@RequestScoped
public class MyProceduresBacking {

    @Inject
    private ProcedureService procedures;

    private List<ProcedureSummary> mine;

    @PostConstruct
    void load() {
        mine = procedures.myProcedures();
    }

    public List<ProcedureSummary> getProcedures() {
        return mine;
    }
}
