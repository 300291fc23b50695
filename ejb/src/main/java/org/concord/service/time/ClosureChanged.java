package org.concord.service.time;

/** Event: the Center's closures changed; observed after commit so that deadlines use them at once. */
public record ClosureChanged() {}
