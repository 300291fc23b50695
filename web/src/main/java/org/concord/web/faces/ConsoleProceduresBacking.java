package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.concord.service.procedure.Page;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The console's list of every procedure, newest first, loaded a page at a time. */
@Named
@ViewScoped
public class ConsoleProceduresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    private final LazyDataModel<ProcedureSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) total;
        }

        @Override
        public List<ProcedureSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ProcedureSummary> page = procedures.allProcedures(first / pageSize, pageSize);
            total = page.total();
            setRowCount((int) total);
            return page.items();
        }

        @Override
        public String getRowKey(ProcedureSummary summary) {
            return summary.id().toString();
        }
    };

    public LazyDataModel<ProcedureSummary> getModel() {
        return model;
    }
}
