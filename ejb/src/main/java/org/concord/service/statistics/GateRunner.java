package org.concord.service.statistics;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.domain.RuleViolation;

/**
 * Runs queued runs of the publication gate in the background (issue 24): after the transaction that queued a run
 * commits, on a thread of the EJB container's asynchronous pool, as the administrator who asked for it (EJB
 * asynchronous calls carry the caller's identity). The run is claimed first, so that it is run once; a refusal or a
 * failure is written to the run, which the page and the API read.
 */
@Stateless
@RolesAllowed("CENTER_ADMIN")
public class GateRunner {

    private static final Logger LOG = Logger.getLogger(GateRunner.class.getName());

    @Inject
    private GateRunSteps steps;

    @Inject
    private StatisticsService statistics;

    @Resource
    private SessionContext context;

    /** A run was queued and committed: run it on another thread. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) GateRunQueued queued) {
        context.getBusinessObject(GateRunner.class).execute(queued.run());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(UUID run) {
        if (!steps.claim(run)) {
            return; // claimed by another thread or instance
        }
        try {
            statistics.perform(run);
        } catch (RuleViolation refused) {
            steps.fail(run, refused);
        } catch (EJBException failed) {
            // statistics.md 8, fail closed: e.g. the ledger's lock not obtained in time; nothing was released
            LOG.log(Level.WARNING, "The publication gate's run " + run + " failed", failed);
            steps.fail(run, new RuleViolation("R-13.3", null, "statistics.run.failed"));
        }
    }
}
