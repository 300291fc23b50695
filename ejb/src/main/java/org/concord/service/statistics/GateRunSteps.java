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
import org.concord.domain.RuleViolation;
import org.concord.domain.statistics.GateRun;

/**
 * The writes of a background run that must be seen before the run's own transaction ends (issue 24), each in a
 * transaction of its own: the claim, the progress, and a failure (whose run's transaction was rolled back).
 */
@Stateless
@RolesAllowed("CENTER_ADMIN")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GateRunSteps {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Claims a queued run for this thread: one conditional update, so that of several instances or threads only one
     * ever runs it (the others see that it is no longer queued).
     */
    public boolean claim(UUID run) {
        return em.createNamedQuery("GateRun.claim")
                        .setParameter("running", GateRun.State.RUNNING)
                        .setParameter("first", GateRun.Step.READING_LEDGER)
                        .setParameter("now", clock.instant())
                        .setParameter("id", run)
                        .setParameter("queued", GateRun.State.QUEUED)
                        .executeUpdate()
                == 1;
    }

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

    /** The run ended in {@code refusal}: kept with its rule and field; nothing was released. */
    public void fail(UUID run, RuleViolation refusal) {
        GateRun failed = em.find(GateRun.class, run);
        if (failed != null && failed.state().active()) {
            failed.fail(refusal, clock.instant());
        }
    }
}
