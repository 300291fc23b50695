package org.concord.service.procedure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.service.account.Accounts;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.Audited;
import org.concord.service.document.DocumentDownload;

/**
 * Downloads of a Procedure's documents.: a document is served only to whoever may see the filing or the
 * communication that carried it (a held filing only to its Party and the Center, R-17.2; a message's annexes to whoever
 * reads the message, R-11.2, and a report of bad faith's evidence to the Neutral and the Center, 11(f)); anyone else
 * gets the same "not found" as for an id that does not exist (R-SEC.6).
 */
@Stateless
public class DocumentService {

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    @PermitAll
    @Audited(value = "read document", read = true)
    public DocumentDownload open(@AuditSubject UUID procedureId, UUID documentId) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        Document document = procedures
                .visibleTo(procedureId, caller)
                .documentVisibleTo(documentId, caller)
                .orElseThrow(NotFound::new);
        return DocumentDownload.of(document);
    }
}
