package org.concord.service.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.time.GenevaTime;
import org.concord.service.reminder.ImplementationPeriod;
import org.concord.service.time.DeadlineService;

/**
 * Builds a {@link ProcedureView} of an already loaded Procedure for a viewer, inside the caller's transaction. The
 * use cases that change a Procedure answer with it, instead of reading the Procedure again (which would also add a
 * "read" to its audit trail for what is one change).
 */
@ApplicationScoped
public class ProcedureViews {

    @Inject
    private DeadlineService deadlines;

    @Inject
    private Clock clock;

    @Inject
    private ImplementationPeriod implementation;

    public ProcedureView of(Procedure procedure, UserAccount viewer) {
        return ProcedureView.of(
                procedure, deadlines.engine(), GenevaTime.dateOf(clock.instant()), viewer, implementation.days());
    }
}
