-- Issue 24 (R-13.3, R-STAT.1): the publication gate runs in the background. One row per run: what was asked (the
-- publication, period, cut-off and thresholds), where it is (state, step, linear programs solved, a heartbeat), and
-- how it ended (the release, or the refusal's rule, field and message). active_year is the year while the run is
-- queued or running and null afterwards: unique (several nulls are allowed by H2 and PostgreSQL alike), so a year has
-- at most one active run in the whole cluster. Portable between H2 2.2 and PostgreSQL 15.
create table statistics_gate_run (
    id              uuid                        not null primary key,
    publication_id  uuid                        not null references statistics_publication (id),
    period_year     integer                     not null,
    period_quarter  integer                     not null,
    period_code     varchar(20)                 not null,
    cutoff          date                        not null,
    k               integer                     not null,
    kp              integer                     not null,
    free_text       varchar(20000),
    active_year     integer                     unique,
    state           varchar(20)                 not null,
    step            varchar(20)                 not null,
    programs        integer                     not null,
    requested_by    varchar(254)                not null,
    requested_at    timestamp(6) with time zone not null,
    started_at      timestamp(6) with time zone,
    heartbeat_at    timestamp(6) with time zone not null,
    finished_at     timestamp(6) with time zone,
    release_id      uuid references statistics_release (id),
    error_rule      varchar(20),
    error_field     varchar(200),
    error_key       varchar(200),
    error_arguments varchar(2000)
);
