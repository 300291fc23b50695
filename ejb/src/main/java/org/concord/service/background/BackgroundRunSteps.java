package org.concord.service.background;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;

/**
 * The writes of a background run that must be seen before the run's own transaction ends (issue 24), each in a
 * transaction of its own: the claim, the progress, and a failure (whose run's transaction was rolled back). Who may
 * ask for a run and see it is the run's service's to check; these only move a run that exists along.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BackgroundRunSteps {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Claims a queued run for this thread (R-OPS.1): one conditional update, so that of several instances or threads
     * only one ever runs it (the others see that it is no longer queued).
     */
    public boolean claim(Class<? extends BackgroundRun> kind, UUID run) {
        return em.createQuery("update " + entityName(kind) + " r set r.state = :running, r.startedAt = :now,"
                                + " r.heartbeatAt = :now where r.id = :id and r.state = :queued")
                        .setParameter("running", BackgroundRun.State.RUNNING)
                        .setParameter("now", clock.instant())
                        .setParameter("id", run)
                        .setParameter("queued", BackgroundRun.State.QUEUED)
                        .executeUpdate()
                == 1;
    }

    /**
     * The run has done {@code done} of {@code total}; also its sign of life. Each kind names what it counts in its
     * named query {@code <Kind>.progress}.
     */
    public void progress(Class<? extends BackgroundRun> kind, UUID run, int done, int total) {
        em.createNamedQuery(entityName(kind) + ".progress")
                .setParameter("done", done)
                .setParameter("total", total)
                .setParameter("now", clock.instant())
                .setParameter("id", run)
                .setParameter("running", BackgroundRun.State.RUNNING)
                .executeUpdate();
    }

    /** The run ended in {@code refusal}: kept with its rule and field; nothing of its work was stored. */
    public void fail(Class<? extends BackgroundRun> kind, UUID run, RuleViolation refusal) {
        BackgroundRun failed = em.find(kind, run);
        if (failed != null && failed.state().active()) {
            failed.fail(refusal, clock.instant());
        }
    }

    private String entityName(Class<? extends BackgroundRun> kind) {
        return em.getMetamodel().entity(kind).getName();
    }
}
