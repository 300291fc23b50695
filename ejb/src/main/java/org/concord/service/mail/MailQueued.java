package org.concord.service.mail;

/** Event: a mail was queued in the current transaction; observed after commit to send it at once. */
public record MailQueued() {}
