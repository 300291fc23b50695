-- Idempotent filings: one filing per (account, Idempotency-Key), whatever the retries.
create table filing_key (
    id              uuid                        not null primary key,
    account_id      uuid                        not null references user_account (id),
    idempotency_key varchar(100)                not null,
    fingerprint     varchar(64)                 not null,
    procedure_id    uuid                        not null references procedure (id),
    created_at      timestamp(6) with time zone not null,
    constraint filing_key_once unique (account_id, idempotency_key)
);
