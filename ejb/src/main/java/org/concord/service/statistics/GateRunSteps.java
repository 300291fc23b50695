package org.concord.service.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.concord.domain.statistics.GateRun;

/**
 * The gate's progress, a step and how many linear programs it has solved (issue 24), written in a transaction of its
 * own so that the run's page sees it while the run's transaction is still open. The claim and a failure are every
 * background run's ({@code BackgroundRunSteps}).
 */
@Stateless
@RolesAllowed("CENTER_ADMIN")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GateRunSteps {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The run reached {@code step}, having solved {@code programs} linear programs; also its sign of life. */
    public void progress(UUID run, GateRun.Step step, int programs) {
        em.createNamedQuery("GateRun.progress")
                .setParameter("step", step)
                .setParameter("programs", programs)
                .setParameter("now", clock.instant())
                .setParameter("id", run)
                .setParameter("running", GateRun.State.RUNNING)
                .executeUpdate();
    }
}
