/**
 * Signed webhooks of an organisation (R-PLAT.2): the endpoints its managers register with the event types they want,
 * their secrets (rotated with an overlap), the checks on a receiver's address, and the deliveries written in the
 * transaction of the change they announce, retried with back-off and logged attempt by attempt. A delivery carries
 * ids, the event type and a reference only, never confidential content: the receiver fetches the rest with its
 * own token.
 */
package org.concord.domain.webhook;
