package org.concord.service.mail;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One dispatcher at a time on this instance, and no mail left waiting: a commit that queued mail raises
 * {@link #pending}; the dispatcher runs while anything is pending and, on leaving, starts again if mail arrived just
 * as it stopped. So a burst of commits is sent by one thread holding one database connection, instead of one
 * dispatcher per commit exhausting the pool. The webhook dispatcher (R-PLAT.2) runs on a signal of its own.
 */
public final class DispatchSignal {

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();

    /** Mail was committed; true when the caller must start a dispatcher. */
    public boolean mailQueued() {
        pending.set(true);
        return running.compareAndSet(false, true);
    }

    /** Something was committed for the dispatcher (a webhook delivery, R-PLAT.2); as {@link #mailQueued}. */
    public boolean queued() {
        return mailQueued();
    }

    /** The dispatcher takes what is pending; false when nothing is. */
    public boolean takePending() {
        return pending.getAndSet(false);
    }

    /** The dispatcher stops; true when mail arrived meanwhile and it must go on. */
    public boolean stopUnlessPending() {
        running.set(false);
        return pending.get() && running.compareAndSet(false, true);
    }
}
