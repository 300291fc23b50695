package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.audit.AuditReport;
import org.concord.service.audit.AuditService;

/** CENTER_ADMIN's view of a Procedure's audit trail and its verification. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private String id;
    private AuditReport report;

    public void load() throws IOException {
        try {
            report = audit.trail(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AuditReport getReport() {
        return report;
    }
}
