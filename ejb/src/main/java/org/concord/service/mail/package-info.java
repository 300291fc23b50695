/** Outgoing e-mail (R-C1): an outbox written with the act it announces, sent over SMTP after commit. */
package org.concord.service.mail;
