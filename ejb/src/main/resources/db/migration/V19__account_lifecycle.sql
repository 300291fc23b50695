-- The life of an account (R-ACC.1, R-ACC.4–R-ACC.6, issue 21): confirmed address, forced password change, sessions
-- ended from an instant on, disabled, closed, terms accepted. Accounts made before this migration count as confirmed.
alter table user_account add column email_confirmed_at timestamp(6) with time zone;
alter table user_account add column password_change_required boolean default false not null;
alter table user_account add column sessions_valid_from timestamp(6) with time zone;
alter table user_account add column disabled_at timestamp(6) with time zone;
alter table user_account add column closed_at timestamp(6) with time zone;
alter table user_account add column terms_version varchar(40);
alter table user_account add column terms_accepted_at timestamp(6) with time zone;
update user_account set email_confirmed_at = created_at;

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
