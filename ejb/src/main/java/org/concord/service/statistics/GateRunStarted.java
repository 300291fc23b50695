package org.concord.service.statistics;

/** A request to run the gate answered: the run, and whether the request joined a run already under way. */
public record GateRunStarted(GateRunView run, boolean joined) {}
