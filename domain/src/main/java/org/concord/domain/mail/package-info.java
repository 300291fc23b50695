/** Outgoing e-mail announcements (R-C1), kept in an outbox table and sent after commit. */
package org.concord.domain.mail;
