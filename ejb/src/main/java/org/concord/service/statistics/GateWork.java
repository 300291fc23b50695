package org.concord.service.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;
import org.concord.domain.statistics.GateRun;
import org.concord.service.background.BackgroundWork;

/** A run of the publication gate in the background (issue 24, R-13.3): performed by {@link StatisticsService}. */
@ApplicationScoped
public class GateWork implements BackgroundWork {

    @Inject
    private StatisticsService statistics;

    @Override
    public Class<? extends BackgroundRun> kind() {
        return GateRun.class;
    }

    @Override
    public void perform(UUID run) {
        statistics.perform(run);
    }

    /** statistics.md 8, fail closed: e.g. the ledger's lock not obtained in time; nothing was released. */
    @Override
    public RuleViolation failed(RuntimeException failure) {
        return new RuleViolation("R-13.3", null, "statistics.run.failed");
    }
}
