-- Fees, payments and refunds (Article 17). Amounts are numeric(12,2) euros, never floating point.

-- R-17.1, 17(a): the schedule is data with validity dates; the one in force on the date of receipt applies.
create table fee_schedule (
    id                 uuid                        not null primary key,
    valid_from         date                        not null unique,
    currency           varchar(3)                  not null,
    filing_fee         numeric(12, 2)              not null,
    administration_fee numeric(12, 2)              not null,
    neutral_fee        numeric(12, 2)              not null,
    created_by         varchar(254)                not null,
    created_at         timestamp(6) with time zone not null
);
-- The DCTI schedule (R-17.1), in force since before the first Request Concord can receive.
insert into fee_schedule (id, valid_from, currency, filing_fee, administration_fee, neutral_fee, created_by, created_at)
values ('5d0c3f55-6f0e-4b7a-9d43-2f1c8f6a0e11', date '2024-01-01', 'EUR', 50.00, 300.00, 700.00, 'DCTI Rules',
        timestamp with time zone '2024-01-01 00:00:00+00');

create table fee (
    id           uuid                        not null primary key,
    procedure_id uuid                        not null references procedure (id),
    kind         varchar(20)                 not null,
    amount       numeric(12, 2)              not null,
    currency     varchar(3)                  not null,
    reference    varchar(25)                 not null unique,
    schedule_id  uuid                        not null references fee_schedule (id),
    assessed_at  timestamp(6) with time zone not null,
    constraint fee_once unique (procedure_id, kind)
);

-- R-17.5: append-only; one entry per bank credit and per refund proposal at most.
create table ledger_entry (
    id             uuid                        not null primary key,
    fee_id         uuid                        not null references fee (id),
    type           varchar(20)                 not null,
    amount         numeric(12, 2)              not null,
    currency       varchar(3)                  not null,
    value_date     date                        not null,
    recorded_at    timestamp(6) with time zone not null,
    recorded_by    varchar(254)                not null,
    rule_id        varchar(20)                 not null,
    note           varchar(500),
    bank_credit_id uuid unique,
    proposal_id    uuid unique
);
create index ledger_entry_fee on ledger_entry (fee_id);

create table refund_proposal (
    id             uuid                        not null primary key,
    fee_id         uuid                        not null references fee (id),
    action         varchar(20)                 not null,
    amount         numeric(12, 2)              not null,
    rule_id        varchar(20)                 not null,
    reading        boolean                     not null,
    conclusion     varchar(50)                 not null,
    proposed_at    timestamp(6) with time zone not null,
    state          varchar(20)                 not null,
    decided_by     varchar(254),
    decided_at     timestamp(6) with time zone,
    decline_reason varchar(500),
    version        bigint                      not null
);
create index refund_proposal_fee on refund_proposal (fee_id);

-- ISO 20022 camt.053: a statement is imported once (account and statement id).
create table bank_statement (
    id            uuid                        not null primary key,
    account_iban  varchar(34)                 not null,
    statement_ref varchar(35)                 not null,
    imported_at   timestamp(6) with time zone not null,
    imported_by   varchar(254)                not null,
    constraint bank_statement_once unique (account_iban, statement_ref)
);

create table bank_credit (
    id                uuid                        not null primary key,
    statement_id      uuid                        not null references bank_statement (id),
    account_iban      varchar(34)                 not null,
    entry_ref         varchar(35),
    amount            numeric(14, 2)              not null,
    currency          varchar(3)                  not null,
    booking_date      date                        not null,
    value_date        date                        not null,
    debtor_name       varchar(140),
    remittance        varchar(500),
    payment_reference varchar(25),
    fee_id            uuid references fee (id),
    outcome           varchar(20)                 not null,
    review            varchar(20)                 not null,
    reviewed_by       varchar(254),
    reviewed_at       timestamp(6) with time zone,
    review_note       varchar(500),
    version           bigint                      not null
);
create index bank_credit_entry on bank_credit (account_iban, entry_ref);
create index bank_credit_review on bank_credit (review);

-- R-17.2: a Party's filings are held while its fees are unpaid.
create table filing (
    id           uuid                        not null primary key,
    procedure_id uuid                        not null references procedure (id),
    kind         varchar(20)                 not null,
    filed_by     varchar(20)                 not null,
    filed_at     timestamp(6) with time zone not null,
    released_at  timestamp(6) with time zone
);
create index filing_procedure on filing (procedure_id);
-- Requests received before fees existed in Concord are not held.
insert into filing (id, procedure_id, kind, filed_by, filed_at, released_at)
select id, id, 'REQUEST', 'REQUESTING_PARTY', received_at, received_at from procedure;

-- R-15: how a Procedure ended without a Resolution, and when.
alter table procedure add column termination_ground varchar(30);
alter table procedure add column ended_at timestamp(6) with time zone;
