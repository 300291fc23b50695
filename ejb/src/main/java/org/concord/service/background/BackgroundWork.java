package org.concord.service.background;

import java.util.UUID;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;

/**
 * What one kind of {@link BackgroundRun} does when {@link BackgroundRunner} runs it (issue 24): a CDI bean per kind,
 * found by the kind of the run that was queued.
 */
public interface BackgroundWork {

    /** The kind of run this work performs. */
    Class<? extends BackgroundRun> kind();

    /**
     * Performs the claimed run {@code run}, as the one who asked for it, in a transaction of its own that commits the
     * work and the run's end together; a {@link RuleViolation} refuses it (rolled back, kept on the run).
     */
    void perform(UUID run);

    /** The refusal a run ends with when {@link #perform} failed otherwise (rolled back: nothing of it was stored). */
    RuleViolation failed(RuntimeException failure);
}
