package org.concord.service.procedure;

import java.util.UUID;
import org.concord.domain.fee.Conclusion;

/** Fired in the transaction that ends a Procedure, so that its fees are settled with it. */
public record ProcedureConcluded(UUID procedureId, Conclusion conclusion) {}
