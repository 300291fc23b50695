-- Issue 25 (R-OPS.1): a mail remembers the request that queued it (the X-Request-Id of the proxy, or one Concord
-- made), so that the dispatcher's log lines about it name that request, on whichever instance sends it. Short and of
-- safe characters only (checked before it is stored). Portable between H2 2.2 and PostgreSQL 15.
alter table outbound_mail add column request_id varchar(64);
