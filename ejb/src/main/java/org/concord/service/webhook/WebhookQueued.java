package org.concord.service.webhook;

/** Event: a webhook delivery was written in the current transaction; observed after commit to send it at once. */
public record WebhookQueued() {}
