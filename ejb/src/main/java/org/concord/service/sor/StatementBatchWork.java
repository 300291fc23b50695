package org.concord.service.sor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;
import org.concord.domain.sor.StatementBatch;
import org.concord.service.background.BackgroundWork;

/** A portal batch of Statements of Reasons stored in the background (issue 24, R-SOR.1), by {@link StatementService}. */
@ApplicationScoped
public class StatementBatchWork implements BackgroundWork {

    @Inject
    private StatementService statements;

    @Override
    public Class<? extends BackgroundRun> kind() {
        return StatementBatch.class;
    }

    @Override
    public void perform(UUID run) {
        statements.performBatch(run);
    }

    @Override
    public RuleViolation failed(RuntimeException failure) {
        return new RuleViolation("R-SOR.1", null, "sor.run.failed");
    }
}
