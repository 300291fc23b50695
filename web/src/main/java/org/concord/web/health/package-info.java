/**
 * What an operator's tools read (issue 25, R-OPS.1): MicroProfile Health checks (the database, the outboxes) and the
 * request id carried by every answer and log line.
 */
package org.concord.web.health;
