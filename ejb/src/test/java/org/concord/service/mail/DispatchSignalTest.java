package org.concord.service.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** R-C1: one dispatcher at a time, and mail queued while it stops is never left waiting for the next sweep. */
class DispatchSignalTest {

    @Test
    void aBurstStartsOneDispatcherThatSendsEverything() {
        DispatchSignal signal = new DispatchSignal();
        assertTrue(signal.mailQueued(), "the first commit starts a dispatcher");
        assertFalse(signal.mailQueued(), "the next ones do not");
        assertFalse(signal.mailQueued());
        assertTrue(signal.takePending());
        assertFalse(signal.takePending(), "taken once for all three");
        assertFalse(signal.stopUnlessPending(), "nothing arrived: it stops");
        assertTrue(signal.mailQueued(), "and the next commit starts it again");
    }

    @Test
    void mailQueuedJustAsTheDispatcherStopsKeepsItGoing() {
        DispatchSignal signal = new DispatchSignal();
        signal.mailQueued();
        signal.takePending();
        // A commit arrives after the dispatcher found nothing more, before it cleared "running":
        assertFalse(signal.mailQueued(), "it sees a dispatcher running and starts none");
        assertTrue(signal.stopUnlessPending(), "so the dispatcher goes on instead of stopping");
        assertTrue(signal.takePending());
        assertFalse(signal.stopUnlessPending());
    }
}
