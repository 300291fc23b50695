package org.concord.service.fee;

import java.util.UUID;

/**
 * A bank-statement import was queued (issue 24); {@link StatementImportRunner} starts it once the queueing transaction
 * has committed.
 */
public record StatementImportQueued(UUID run) {}
