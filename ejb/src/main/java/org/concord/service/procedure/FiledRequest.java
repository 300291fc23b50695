package org.concord.service.procedure;

import java.util.UUID;
import org.concord.service.audit.AuditSubject;

/** The Procedure a filing made, and whether this answer replays an earlier filing under the same key. */
public record FiledRequest(ProcedureView procedure, boolean replayed) implements AuditSubject.Carrier {

    /** a new Procedure's trail starts with its filing. */
    @Override
    public UUID auditSubject() {
        return procedure.id();
    }
}
