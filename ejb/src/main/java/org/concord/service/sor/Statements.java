package org.concord.service.sor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.sor.StatementBatch;
import org.concord.domain.sor.StatementOfReasons;

/** Repository of imported Statements of Reasons; joins the caller's transaction. */
@ApplicationScoped
public class Statements {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    public void add(StatementOfReasons statement) {
        em.persist(statement);
    }

    public void addBatch(StatementBatch batch) {
        em.persist(batch);
    }

    public Optional<StatementBatch> findBatch(UUID id) {
        return Optional.ofNullable(em.find(StatementBatch.class, id));
    }

    /** Reads the batch again: its progress is written by other transactions. */
    public void refresh(StatementBatch batch) {
        em.refresh(batch);
    }

    /** Issue 24: {@code max} of the statements a batch stored, from its {@code first}-th, in the batch's order. */
    public List<StatementOfReasons> ofBatch(UUID batch, int first, int max) {
        return em.createNamedQuery("StatementOfReasons.ofBatch", StatementOfReasons.class)
                .setParameter("batch", batch)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<StatementOfReasons> find(UUID id) {
        return Optional.ofNullable(em.find(StatementOfReasons.class, id));
    }

    /**
     * R-SOR.4: the Procedures already filed about the same platform decision, oldest first. Read from the domain's
     * query here, so that this context (which Procedures are filed from) does not depend on the procedure context.
     */
    public List<Procedure> proceduresAbout(String platformName, String platformReference) {
        return em.createNamedQuery("Procedure.samePlatformReference", Procedure.class)
                .setParameter("platformName", platformName)
                .setParameter("platformReference", platformReference)
                .getResultStream()
                .sorted(Comparator.comparing(Procedure::receivedAt).thenComparing(Procedure::id))
                .toList();
    }
}
