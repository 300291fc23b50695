package org.concord.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.audit.AuditChain;
import org.concord.domain.audit.AuditEntry;
import org.concord.domain.mediation.Mediation;
import org.concord.service.mediation.Mediations;
import org.concord.service.procedure.Procedures;

/** CENTER_ADMIN reads a Procedure's (or a mediation's, R-M2) audit trail and its verification; the reading is audited too. */
@Stateless
public class AuditService {

    @Inject
    private AuditTrail trail;

    @Inject
    private Procedures procedures;

    @Inject
    private Mediations mediations;

    @RolesAllowed("CENTER_ADMIN")
    @Audited("read audit trail")
    public AuditReport trail(UUID id) {
        String reference = procedures.find(id).map(p -> p.reference().value())
                .or(() -> mediations.find(id).map(Mediation::reference)).orElseThrow(NotFound::new);
        List<AuditEntry> entries = trail.entries(id);
        Optional<AuditChain.Break> broken = AuditChain.verify(entries, trail.head(id).orElse(null));
        return new AuditReport(reference,
                entries.stream().map(e -> new AuditReport.Entry(e.sequence(), e.at(), e.actor(), e.action(),
                        e.hash())).toList(),
                broken.isEmpty(), broken.map(AuditChain.Break::sequence).orElse(null),
                broken.map(AuditChain.Break::reason).orElse(null));
    }
}
