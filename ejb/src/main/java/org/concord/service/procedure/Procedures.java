package org.concord.service.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.FilingKey;
import org.concord.domain.procedure.Procedure;

/** Repository of Procedures; joins the caller's transaction. */
@ApplicationScoped
public class Procedures {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    public Optional<Procedure> find(UUID id) {
        return Optional.ofNullable(em.find(Procedure.class, id));
    }

    /**
     * R-OPS.1: the Procedure, its row locked until the transaction ends, for a background job that several instances
     * run at once: the second waits for the first and then sees what it changed (e.g. an invitation already lapsed),
     * so the job acts once.
     */
    public Optional<Procedure> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Procedure.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * the Procedure if {@code caller} belongs to its circle (or acts for the Center); otherwise the same
     * "not found" as for an id that does not exist. R-SEC.6: for anyone but the Center (who sees every Procedure),
     * one query by id and the caller's circle answers, so that a hidden and a missing id cost the same work: nothing
     * is loaded for either. The domain's check then runs on what the query found, as a second guard.
     */
    public Procedure visibleTo(UUID id, UserAccount caller) {
        if (id == null || caller == null) {
            throw new org.concord.domain.NotFound();
        }
        Optional<Procedure> candidate = caller.actsForCenter()
                ? find(id)
                : em.createNamedQuery("Procedure.visibleToAccount", Procedure.class)
                        .setParameter("id", id)
                        .setParameter("accountId", caller.id())
                        .getResultStream()
                        .findFirst();
        return candidate.filter(p -> p.isVisibleTo(caller)).orElseThrow(org.concord.domain.NotFound::new);
    }

    /** The Procedures with these ids (in no particular order). */
    public List<Procedure> all(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Procedure p where p.id in :ids", Procedure.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** R-ACC.3: the Procedure with this reference, if any (staff and the domain decide what may be learnt of it). */
    public Optional<Procedure> byReference(String reference) {
        return em.createNamedQuery("Procedure.byReference", Procedure.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /** A new Procedure, and the head of its audit trail, so that every later entry only locks it. */
    public void add(Procedure procedure) {
        em.persist(procedure);
        em.persist(new org.concord.domain.audit.AuditHead(procedure.id()));
        em.flush();
    }

    /**
     * R-SOR.4: the Procedures about the same decision of the same platform, oldest first. They are few, so they are
     * ordered here: asked to order, PostgreSQL may walk the newest-first index of every Procedure instead of looking
     * the reference up when its statistics are stale (seen at 13 ms a filing over 23,000 Procedures).
     */
    public List<Procedure> samePlatformReference(String platformName, String platformReference) {
        return em.createNamedQuery("Procedure.samePlatformReference", Procedure.class)
                .setParameter("platformName", platformName)
                .setParameter("platformReference", platformReference)
                .getResultStream()
                .sorted(Comparator.comparing(Procedure::receivedAt).thenComparing(Procedure::id))
                .toList();
    }

    public Optional<FilingKey> filingKey(UUID accountId, String key) {
        return em.createNamedQuery("FilingKey.of", FilingKey.class)
                .setParameter("accountId", accountId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Stored at once, so that a concurrent filing under the same key fails here, on the unique constraint. */
    public void addFilingKey(FilingKey filingKey) {
        em.persist(filingKey);
        em.flush();
    }

    public long count() {
        return em.createNamedQuery("Procedure.count", Long.class).getSingleResult();
    }

    /**
     * Every Procedure the account takes part in, at once: for planning a representative's reminders. Lists a caller
     * reads page by page use {@link Caseload} (R-PLAT.1), whose sources mirror this query.
     */
    public List<Procedure> visibleToParticipant(UserAccount account) {
        return em.createNamedQuery("Procedure.visibleToParticipant", Procedure.class)
                .setParameter("accountId", account.id())
                .getResultList();
    }

    /** Rows of (year, month, state, count) over the Geneva receipt dates. */
    public List<Object[]> caseloadByMonthAndState() {
        return em.createNamedQuery("Procedure.caseloadByMonthAndState", Object[].class)
                .getResultList();
    }
}
