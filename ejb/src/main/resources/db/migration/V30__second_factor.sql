-- R-SEC.2 (issue 22): second factors. A TOTP factor per account at most (its Base32 secret, when it was enrolled,
-- and the last 30-second time-step whose code was accepted, so that a code works once) and the account's recovery
-- codes (only their SHA-256, each usable once). A passkey table will sit beside totp_factor.
create table totp_factor (
    account_id      uuid                        not null primary key references user_account (id),
    secret          varchar(64)                 not null,
    enrolled_at     timestamp(6) with time zone not null,
    last_used_step  bigint
);
create table recovery_code (
    id              uuid                        not null primary key,
    account_id      uuid                        not null references user_account (id),
    code_hash       varchar(64)                 not null,
    created_at      timestamp(6) with time zone not null,
    used_at         timestamp(6) with time zone
);
create index recovery_code_account on recovery_code (account_id);
