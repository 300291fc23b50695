package org.concord.service.background;

import java.util.UUID;
import org.concord.domain.BackgroundRun;

/** A background run was queued (issue 24); {@link BackgroundRunner} starts it once the queueing transaction commits. */
public record BackgroundRunQueued(Class<? extends BackgroundRun> kind, UUID run) {}
