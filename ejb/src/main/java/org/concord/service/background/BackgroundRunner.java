package org.concord.service.background;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.domain.RuleViolation;

/**
 * Runs queued background runs (issue 24): after the transaction that queued a run commits, on a thread of the EJB
 * container's asynchronous pool, as whoever asked for it (EJB asynchronous calls carry the caller's identity, and each
 * kind's {@link BackgroundWork} checks its roles). The run is claimed first, so that it runs once across a cluster
 * (R-OPS.1); a refusal or a failure is written to the run's row, which its page reads, and nothing of its work is
 * stored (its transaction is rolled back).
 */
@Stateless
@PermitAll
public class BackgroundRunner {

    private static final Logger LOG = Logger.getLogger(BackgroundRunner.class.getName());

    @Inject
    private BackgroundRunSteps steps;

    @Inject
    private Instance<BackgroundWork> works;

    @Resource
    private SessionContext context;

    /** A run was queued and committed: run it on another thread. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) BackgroundRunQueued queued) {
        context.getBusinessObject(BackgroundRunner.class).execute(queued);
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(BackgroundRunQueued queued) {
        BackgroundWork work = works.stream()
                .filter(w -> w.kind().equals(queued.kind()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No work performs " + queued.kind()));
        if (!steps.claim(queued.kind(), queued.run())) {
            return; // claimed by another thread or instance
        }
        try {
            work.perform(queued.run());
        } catch (RuleViolation refused) {
            steps.fail(queued.kind(), queued.run(), refused);
        } catch (RuntimeException failed) {
            if (failed instanceof EJBException) {
                // e.g. a unique key taken at the same moment by another request, a lock not obtained in time, a
                // database failure: rolled back, nothing of the run's work stored
                LOG.log(Level.WARNING, "The background run " + queued + " failed", failed);
            }
            steps.fail(queued.kind(), queued.run(), work.failed(failed));
        }
    }
}
