package org.concord.service.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.audit.AuditEntry;
import org.concord.domain.audit.AuditHead;

/** The audit trails: appends under the Procedure's head lock, in the caller's transaction. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditRecorded> recorded;

    /** A change of the subject's file (see {@link #record(UUID, String, String, boolean)}). */
    public void record(UUID procedureId, String actor, String what) {
        record(procedureId, actor, what, true);
    }

    /**
     * Appends the entry under the head's lock; a change ({@code changed}) is then told to observers of
     * {@link AuditRecorded} in the same transaction (R-PLAT.1's change feed), a read is not.
     */
    public void record(UUID procedureId, String actor, String what, boolean changed) {
        AuditHead head = em.find(AuditHead.class, procedureId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            // The Procedure's first entry, written in the transaction that files it: nobody else can see it yet.
            head = new AuditHead(procedureId);
            em.persist(head);
        }
        Instant at = clock.instant();
        em.persist(head.append(at, actor, what));
        if (changed) {
            recorded.fire(new AuditRecorded(procedureId, at));
        }
    }

    public List<AuditEntry> entries(UUID procedureId) {
        return em.createNamedQuery("AuditEntry.ofProcedure", AuditEntry.class)
                .setParameter("procedureId", procedureId)
                .getResultList();
    }

    public Optional<AuditEntry.Head> head(UUID procedureId) {
        return Optional.ofNullable(em.find(AuditHead.class, procedureId)).map(AuditHead::head);
    }
}
