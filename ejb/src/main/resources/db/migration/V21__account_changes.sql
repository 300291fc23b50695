-- R-ACC.5: every change an administrator makes to an account (role granted or withdrawn, disabled, enabled, reset
-- forced), and what the holder changes (address, closure): who, what, when and why. Kept when the account closes.
create table account_change (
    id          uuid                        not null primary key,
    account_id  uuid                        not null references user_account (id),
    actor_id    uuid                        not null references user_account (id),
    kind        varchar(30)                 not null,
    role        varchar(20),
    reason      varchar(2000),
    changed_at  timestamp(6) with time zone not null
);
create index account_change_account on account_change (account_id, changed_at);

-- R-ACC.6: each sign-in through the form, so that the holder sees the sessions still valid and can end them all.
-- The session id is stored only as its SHA-256.
create table account_session (
    id            uuid                        not null primary key,
    account_id    uuid                        not null references user_account (id),
    session_hash  varchar(64)                 not null,
    started_at    timestamp(6) with time zone not null,
    user_agent    varchar(300)
);
create index account_session_account on account_session (account_id, started_at);
