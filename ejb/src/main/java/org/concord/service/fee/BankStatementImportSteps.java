package org.concord.service.fee;

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
import org.concord.domain.fee.BankStatementImport;

/**
 * The writes of a background bank-statement import that must be seen before the import's own transaction ends (issue
 * 24), each in a transaction of its own, as the gate's runs do them ({@code GateRunSteps}): the claim, the progress,
 * and a failure (whose import's transaction was rolled back).
 */
@Stateless
@RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BankStatementImportSteps {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Claims a queued import for this thread: one conditional update, so that of several instances or threads only
     * one ever runs it (the others see that it is no longer queued).
     */
    public boolean claim(UUID run) {
        return em.createNamedQuery("BankStatementImport.claim")
                        .setParameter("running", BankStatementImport.State.RUNNING)
                        .setParameter("now", clock.instant())
                        .setParameter("id", run)
                        .setParameter("queued", BankStatementImport.State.QUEUED)
                        .executeUpdate()
                == 1;
    }

    /** The import has done {@code done} of {@code total} credits; also its sign of life. */
    public void progress(UUID run, int done, int total) {
        em.createNamedQuery("BankStatementImport.progress")
                .setParameter("done", done)
                .setParameter("total", total)
                .setParameter("now", clock.instant())
                .setParameter("id", run)
                .setParameter("running", BankStatementImport.State.RUNNING)
                .executeUpdate();
    }

    /** The import ended in {@code refusal}: kept with its rule and field; nothing of the document was stored. */
    public void fail(UUID run, RuleViolation refusal) {
        BankStatementImport failed = em.find(BankStatementImport.class, run);
        if (failed != null && failed.state().active()) {
            failed.fail(refusal, clock.instant());
        }
    }
}
