-- R-PLAT.2 (issue 23): signed webhooks. An organisation's endpoints (https address, the event types chosen, the
-- current secret and, during a rotation's overlap, the previous one), and the outbox of deliveries: one row per event
-- and endpoint, written in the transaction of the change, claimed with SKIP LOCKED by the dispatchers of every
-- instance, each attempt logged (status code, latency, class of error). The end of an Answer period is announced by a
-- row written at commencement, due at that end, checked again then (an Answer filed or the Procedure ended drops it). Portable between H2 2.2 and PostgreSQL 15.
create table webhook_endpoint (
    id                    uuid                        not null primary key,
    organisation_id       uuid                        not null references organisation (id),
    url                   varchar(2048)               not null,
    enabled               boolean                     not null,
    secret                varchar(100)                not null,
    previous_secret       varchar(100),
    previous_secret_until timestamp(6) with time zone,
    created_at            timestamp(6) with time zone not null,
    failing_since         timestamp(6) with time zone,
    disabled_at           timestamp(6) with time zone
);
create index webhook_endpoint_organisation on webhook_endpoint (organisation_id);

create table webhook_endpoint_event (
    endpoint_id uuid        not null references webhook_endpoint (id),
    event_type  varchar(40) not null,
    primary key (endpoint_id, event_type)
);

create table webhook_delivery (
    id                uuid                        not null primary key,
    message_id        varchar(40)                 not null unique,
    endpoint_id       uuid                        not null references webhook_endpoint (id),
    event_type        varchar(40)                 not null,
    payload           varchar(2000)               not null,
    event_key         varchar(100),
    subject_id        uuid                        not null,
    created_at        timestamp(6) with time zone not null,
    next_attempt_at   timestamp(6) with time zone,
    series_started_at timestamp(6) with time zone not null,
    attempts          integer                     not null,
    delivered_at      timestamp(6) with time zone,
    given_up_at       timestamp(6) with time zone
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at);
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at, id);
create index webhook_delivery_key on webhook_delivery (endpoint_id, event_key);

create table webhook_attempt (
    id           uuid                        not null primary key,
    delivery_id  uuid                        not null references webhook_delivery (id),
    attempted_at timestamp(6) with time zone not null,
    status_code  integer,
    latency_ms   bigint                      not null,
    error_class  varchar(200)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id);
