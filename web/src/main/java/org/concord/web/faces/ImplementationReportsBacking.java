package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.service.resolution.ImplementationAttention;
import org.concord.service.resolution.ImplementationService;

/** The console's list of implementation reports overdue or reporting the Resolution partly or not implemented. */
@Named
@RequestScoped
public class ImplementationReportsBacking {

    @Inject
    private ImplementationService implementation;

    private List<ImplementationAttention> rows;

    /** R-PLAT.4: read once per request. */
    public List<ImplementationAttention> getRows() {
        if (rows == null) {
            rows = implementation.needingAttention();
        }
        return rows;
    }
}
