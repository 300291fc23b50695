-- The Resolution (R-14), its extension (R-14.2) and termination on every ground of Article 15 (R-15).
create table resolution (
    id              uuid                        not null primary key,
    description     varchar(20000),
    recommendation  varchar(20000),
    reasons         varchar(60000),
    outcome         varchar(40),
    drafted_at      timestamp(6) with time zone not null,
    signed_by       varchar(254),
    signed_by_name  varchar(200),
    signed_at       timestamp(6) with time zone,
    sha256          varchar(64),
    document_id     uuid,
    communicated_by varchar(254),
    communicated_at timestamp(6) with time zone
);
alter table procedure add column resolution_id uuid unique references resolution (id);
alter table procedure add column resolution_days integer default 30 not null;
alter table procedure add column resolution_extension_reason varchar(2000);
alter table procedure add column termination_note varchar(4000);
alter table procedure add column terminated_by varchar(254);
