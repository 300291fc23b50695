package org.concord.service.statistics;

import java.util.UUID;

/** A run of the gate was queued; {@link GateRunner} starts it once the queueing transaction has committed. */
public record GateRunQueued(UUID run) {}
