package org.concord.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.audit.AuditChain;
import org.concord.domain.audit.AuditEntry;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.procedure.Procedure;

/**
 * CENTER_ADMIN reads a Procedure's (or a mediation's, R-M2) audit trail and its verification; the reading is
 * audited too. The subject's reference is read from the domain directly, so that the audit context, which every
 * other context uses, depends on none of them.
 */
@Stateless
public class AuditService {

    @Inject
    private AuditTrail trail;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @RolesAllowed("CENTER_ADMIN")
    @Audited(value = "read audit trail", read = true)
    public AuditReport trail(@AuditSubject UUID id) {
        String reference = Optional.ofNullable(em.find(Procedure.class, id))
                .map(p -> p.reference().value())
                .or(() -> Optional.ofNullable(em.find(Mediation.class, id)).map(Mediation::reference))
                .orElseThrow(NotFound::new);
        List<AuditEntry> entries = trail.entries(id);
        Optional<AuditChain.Break> broken =
                AuditChain.verify(entries, trail.head(id).orElse(null));
        return new AuditReport(
                reference,
                entries.stream()
                        .map(e -> new AuditReport.Entry(e.sequence(), e.at(), e.actor(), e.action(), e.hash()))
                        .toList(),
                broken.isEmpty(),
                broken.map(AuditChain.Break::sequence).orElse(null),
                broken.map(AuditChain.Break::reason).orElse(null));
    }
}
