package org.concord.service.fee;

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
 * Runs queued bank-statement imports in the background (issue 24, R-17.5), the way {@code GateRunner} runs the gate:
 * after the transaction that queued the import commits, on a thread of the EJB container's asynchronous pool, as the
 * staff member who uploaded the statement (EJB asynchronous calls carry the caller's identity). The import is claimed
 * first, so that it runs once across a cluster; a refusal or a failure is written to the import's row, which its page
 * reads, and nothing of the document is stored (the import's transaction is rolled back).
 */
@Stateless
@RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
public class BankStatementImportRunner {

    private static final Logger LOG = Logger.getLogger(BankStatementImportRunner.class.getName());

    @Inject
    private BankStatementImportSteps steps;

    @Inject
    private PaymentImportService imports;

    @Resource
    private SessionContext context;

    /** An import was queued and committed: run it on another thread. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) BankStatementImportQueued queued) {
        context.getBusinessObject(BankStatementImportRunner.class).execute(queued.run());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(UUID run) {
        if (!steps.claim(run)) {
            return; // claimed by another thread or instance
        }
        try {
            imports.perform(run);
        } catch (RuleViolation refused) {
            steps.fail(run, refused);
        } catch (MalformedStatement malformed) {
            // read when it was queued; only a reader changed since then gets here
            steps.fail(
                    run,
                    new RuleViolation(
                            "R-17.5", "/statement", "payments.run.malformed", malformed.line(), malformed.column()));
        } catch (EJBException failed) {
            // e.g. the same statement imported at the same moment by another request (its unique key), a lock of a
            // fee not obtained in time, a database failure: rolled back, nothing of the document stored
            LOG.log(Level.WARNING, "The bank-statement import " + run + " failed", failed);
            steps.fail(run, new RuleViolation("R-17.5", null, "payments.run.failed"));
        }
    }
}
