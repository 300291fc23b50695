-- Issue 24 (R-SOR.1): a batch of Statements of Reasons uploaded in the portal is stored in the background, as the
-- bank-statement imports are (V43). One row per batch: the JSON as uploaded (kept only until the batch is over), where
-- it is (state, the statements done of the statements to store, a heartbeat), and how it ended (the refusal's rule,
-- field and message). The statements a batch stored name it and their position in it, so its result page lists them.
create table statement_batch (
    id               uuid                        not null primary key,
    document         bytea,
    state            varchar(20)                 not null,
    statements_total integer                     not null,
    statements_done  integer                     not null,
    requested_by     varchar(254)                not null,
    requested_at     timestamp(6) with time zone not null,
    started_at       timestamp(6) with time zone,
    heartbeat_at     timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone,
    error_rule       varchar(20),
    error_field      varchar(200),
    error_key        varchar(200),
    error_arguments  varchar(2000)
);
alter table statement_of_reasons add column batch_id uuid references statement_batch (id);
alter table statement_of_reasons add column batch_position integer;
create index statement_of_reasons_batch on statement_of_reasons (batch_id, batch_position);
