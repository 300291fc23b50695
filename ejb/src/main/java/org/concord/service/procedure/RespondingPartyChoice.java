package org.concord.service.procedure;

import java.io.Serializable;
import java.util.UUID;

/**
 * A platform organisation staff may commence a Procedure against (R-6, R-ACC.2); {@code matched} when its Transparency
 * Database names include the Procedure's platform name (R-SOR.1), offered first and pre-selected.
 */
public record RespondingPartyChoice(UUID id, String name, boolean matched) implements Serializable {}
