package org.concord.service.fee;

import java.util.UUID;

/**
 * A bank-statement import was queued (issue 24); {@link BankStatementImportRunner} starts it once the queueing transaction
 * has committed.
 */
public record BankStatementImportQueued(UUID run) {}
