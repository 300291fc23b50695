/**
 * Signed webhooks (R-PLAT.2): the managers' use cases ({@link org.concord.service.webhook.WebhookService}), the outbox
 * written in the transaction of each change ({@link org.concord.service.webhook.WebhookOutbox}), and the dispatcher
 * that claims due deliveries across instances with {@code SKIP LOCKED} and posts them, signed, after commit
 * ({@link org.concord.service.webhook.WebhookDispatcher}), as mail is sent.
 */
package org.concord.service.webhook;
