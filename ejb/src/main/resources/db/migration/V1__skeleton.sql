-- Concord schema, version 1: accounts, API tokens, procedures and their participants, the mail outbox.
-- Portable between H2 2.2 and PostgreSQL 15. Instants are timestamp with time zone in UTC (R-3.1).

create table user_account (
    id            uuid                     not null primary key,
    email         varchar(254)             not null unique,
    display_name  varchar(200)             not null,
    password_hash varchar(500)             not null,
    locale        varchar(10)              not null,
    created_at    timestamp(6) with time zone not null
);

create table account_role (
    account_id uuid        not null references user_account (id),
    role       varchar(20) not null,
    primary key (account_id, role)
);

create table api_token (
    id           uuid                        not null primary key,
    account_id   uuid                        not null references user_account (id),
    label        varchar(100)                not null,
    token_hash   varchar(64)                 not null unique,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone
);
create index api_token_account on api_token (account_id);

create table procedure (
    id            uuid                        not null primary key,
    reference     varchar(20)                 not null unique,
    matter        varchar(20)                 not null,
    platform_name varchar(200)                not null,
    description   varchar(60000)              not null,
    state         varchar(20)                 not null,
    received_at   timestamp(6) with time zone not null,
    received_date date                        not null,
    commenced_at  timestamp(6) with time zone,
    version       bigint                      not null
);
create index procedure_received on procedure (received_at desc, id);

create table participant (
    id           uuid                        not null primary key,
    procedure_id uuid                        not null references procedure (id),
    account_id   uuid                        not null references user_account (id),
    role         varchar(20)                 not null,
    joined_at    timestamp(6) with time zone not null
);
create index participant_account on participant (account_id);
create index participant_procedure on participant (procedure_id);

create table outbound_mail (
    id              uuid                        not null primary key,
    recipient       varchar(254)                not null,
    subject         varchar(300)                not null,
    body            varchar(10000)              not null,
    created_at      timestamp(6) with time zone not null,
    next_attempt_at timestamp(6) with time zone not null,
    attempts        integer                     not null,
    last_error      varchar(500),
    sent_at         timestamp(6) with time zone
);
create index outbound_mail_due on outbound_mail (next_attempt_at);
