-- R-13.4: every read and change of a Procedure's file, as a hash chain per Procedure. Append-only: the application
-- never updates or deletes these rows (in production, grant the application role INSERT and SELECT only; see
-- docs/operations.md).
create table audit_head (
    procedure_id    uuid        not null primary key references procedure (id),
    sequence_number bigint      not null,
    hash            varchar(64) not null
);
create table audit_entry (
    id              uuid                        not null primary key,
    procedure_id    uuid                        not null references procedure (id),
    sequence_number bigint                      not null,
    recorded_at     timestamp(6) with time zone not null,
    actor           varchar(254)                not null,
    what            varchar(60)                 not null,
    previous_hash   varchar(64)                 not null,
    hash            varchar(64)                 not null,
    constraint audit_entry_once unique (procedure_id, sequence_number)
);
-- Procedures filed before the trail existed start their chain now.
insert into audit_head (procedure_id, sequence_number, hash)
select id, 0, '0000000000000000000000000000000000000000000000000000000000000000' from procedure;

-- R-13.2: disclosures outside the circle, with their ground of Article 13(a).
create table external_disclosure (
    procedure_id uuid                        not null references procedure (id),
    ground       varchar(30)                 not null,
    recipient    varchar(500)                not null,
    what         varchar(4000)               not null,
    recorded_by  varchar(254)                not null,
    recorded_at  timestamp(6) with time zone not null
);
create index external_disclosure_procedure on external_disclosure (procedure_id);
