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
 * Downloads of a Procedure's documents.: a document is served only to whoever may see the filing that carried
 * it (a held filing only to its Party and the Center, R-17.2); anyone else gets the same "not found" as for an id
 * that does not exist.
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
    @Audited("read document")
    public DocumentDownload open(@AuditSubject UUID procedureId, UUID documentId) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        Document document = procedures.find(procedureId).stream()
                .flatMap(p -> p.circle().filingsVisibleTo(caller).stream())
                .flatMap(f -> f.documents().stream())
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .orElseThrow(NotFound::new);
        return new DocumentDownload(
                document.filename(),
                document.mediaType(),
                document.sha256(),
                document.content().bytes());
    }
}
