/**
 * What an operator watches (issue 25, R-OPS.1, R-C1): the business metrics served at {@code /metrics} (filings, the
 * outboxes' backlog and age, each job's last run, failed deliveries), the outboxes' state the readiness check reads,
 * and the request id that ties every log line to the request, on whichever instance it ran. A low context: it imports
 * no other context of the services, which report to it.
 */
package org.concord.service.operations;
