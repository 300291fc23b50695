package org.concord.service.sor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
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
}
