package org.concord.service.sor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.sor.StatementOfReasons;

/** Repository of imported Statements of Reasons; joins the caller's transaction. */
@ApplicationScoped
public class Statements {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    public void add(StatementOfReasons statement) {
        em.persist(statement);
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
