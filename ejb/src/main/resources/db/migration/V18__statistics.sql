-- Published statistics (R-13.3, R-STAT.1–R-STAT.3, statistics.md): publications, the gate's decisions, the cells of
-- every release (true values and statuses: the ledger the next audit covers) and the head of each year's ledger.

-- The Geneva date a Procedure ended and its duration in calendar days from receipt (R-STAT.1 duration bands). The
-- Java migration V18_1 fills them for Procedures that ended before this version.
alter table procedure add column ended_date date;
alter table procedure add column duration_days integer;
create index procedure_received_date on procedure (received_date);

create table statistics_publication (
    id            uuid                        not null primary key,
    title         varchar(200)                not null,
    annual_report boolean                     not null,
    tables        varchar(400)                not null,
    period_kind   varchar(20)                 not null,
    created_by    varchar(254)                not null,
    created_at    timestamp(6) with time zone not null
);

create table statistics_ledger (
    period_year     integer     not null primary key,
    sequence_number bigint      not null,
    hash            varchar(64) not null
);

create table statistics_release (
    id              uuid                        not null primary key,
    publication_id  uuid                        not null references statistics_publication (id),
    period_year     integer                     not null,
    period_quarter  integer                     not null,
    period_kind     varchar(20)                 not null,
    cutoff          date                        not null,
    published       boolean                     not null,
    k               integer                     not null,
    kp              integer                     not null,
    solver          varchar(100)                not null,
    refusals        varchar(20000),
    free_text       varchar(20000),
    average_days    integer,
    average_over    integer,
    decided_by      varchar(254)                not null,
    decided_at      timestamp(6) with time zone not null,
    sequence_number bigint,
    previous_hash   varchar(64),
    hash            varchar(64) unique,
    unique (period_year, sequence_number)
);
create index statistics_release_decided on statistics_release (decided_at desc, id);

create table statistics_cell (
    release_id uuid        not null references statistics_release (id),
    position   integer     not null,
    table_code varchar(40) not null,
    row_key    varchar(60) not null,
    column_key varchar(60) not null,
    cell_value bigint      not null,
    status     varchar(10) not null,
    primary key (release_id, position)
);

create table statistics_evidence (
    release_id uuid          not null references statistics_release (id),
    position   integer       not null,
    line       varchar(1000) not null,
    primary key (release_id, position)
);
