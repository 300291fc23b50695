package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.service.organisation.OrganisationService;
import org.concord.service.organisation.OrganisationView;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;

/** The portal's list: the procedures the signed-in Party or Neutral takes part in. */
@Named
@RequestScoped
public class MyProceduresBacking {

    @Inject
    private ProcedureService procedures;

    @Inject
    private OrganisationService organisations;

    private List<OrganisationView.Summary> organisationsOfMine;

    private List<ProcedureSummary> mine;

    @PostConstruct
    void load() {
        mine = procedures.myProcedures();
        organisationsOfMine = organisations.mine();
    }

    /** R-ACC.2: the organisations the caller acts for; their Procedures are in the list above. */
    public List<OrganisationView.Summary> getOrganisations() {
        return organisationsOfMine;
    }

    public List<ProcedureSummary> getProcedures() {
        return mine;
    }
}
