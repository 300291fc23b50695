-- Issue 24 (R-17.5): the console's bank-statement import runs in the background, as the publication gate does (V38).
-- One row per import: the camt.053 document as uploaded (kept only until the import is over), where it is (state, the
-- credits done of the credits to import, a heartbeat), and how it ended (the counts and the statements found already
-- imported, or the refusal's rule, field and message). The statements an import wrote name it (import_run_id), so
-- its result page lists their credits. Portable between H2 2.2 and PostgreSQL 15 (bytea is known to both).
create table bank_statement_import (
    id              uuid                        not null primary key,
    document        bytea,
    state           varchar(20)                 not null,
    credits_total   integer                     not null,
    credits_done    integer                     not null,
    matched         integer                     not null,
    to_review       integer                     not null,
    known_refs      varchar(20000),
    requested_by    varchar(254)                not null,
    requested_at    timestamp(6) with time zone not null,
    started_at      timestamp(6) with time zone,
    heartbeat_at    timestamp(6) with time zone not null,
    finished_at     timestamp(6) with time zone,
    error_rule      varchar(20),
    error_field     varchar(200),
    error_key       varchar(200),
    error_arguments varchar(2000)
);
alter table bank_statement add column import_run_id uuid references bank_statement_import (id);
create index bank_statement_import_run on bank_statement (import_run_id);
