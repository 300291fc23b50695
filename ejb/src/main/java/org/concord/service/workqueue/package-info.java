/**
 * Issue 24: each person's work queue, the first page after sign-in: per role, what is due and by when, each item
 * pointing to where it is done. The domain's {@code WorkQueue} decides each item; {@link
 * org.concord.service.workqueue.WorkQueueService} reads a bounded number of candidates per section by index.
 */
package org.concord.service.workqueue;
