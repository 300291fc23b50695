
-- Single-use links sent by e-mail (R-ACC.1 confirmation, R-ACC.4 reset, a change of address): only the SHA-256 of
-- the 256-bit token is stored; a link works once and until it expires.
create table account_link (
    id          uuid                        not null primary key,
    account_id  uuid                        not null references user_account (id),
    purpose     varchar(30)                 not null,
    token_hash  varchar(64)                 not null unique,
    payload     varchar(254),
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone
);
create index account_link_account on account_link (account_id, purpose);
