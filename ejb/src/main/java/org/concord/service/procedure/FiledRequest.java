package org.concord.service.procedure;

/** The Procedure a filing made, and whether this answer replays an earlier filing under the same key. */
public record FiledRequest(ProcedureView procedure, boolean replayed) {
}
