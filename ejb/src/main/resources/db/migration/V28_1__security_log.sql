-- R-SEC.7 (issue 22): the security log, apart from the Procedure audit trails (it must not reveal confidential
-- Procedures to whoever reads it). Append-only: the application inserts and reads, never updates or deletes. Each row
-- carries the account concerned and the account that acted (ids only), the event type, the time (UTC), the client's
-- network (IPv4 /24 or IPv6 /48, never the full address) and a short detail without personal data.
create table security_event (
    id              uuid                        not null primary key,
    occurred_at     timestamp(6) with time zone not null,
    event_type      varchar(40)                 not null,
    account_id      uuid,
    actor_id        uuid,
    client_network  varchar(50),
    detail          varchar(200)
);
create index security_event_time on security_event (occurred_at, id);
create index security_event_account on security_event (account_id, occurred_at);
create index security_event_actor on security_event (actor_id, occurred_at);
create index security_event_type on security_event (event_type, occurred_at);
