-- Appointment of the Neutral (R-8.1), declarations (R-9), disclosures (9(c)) and replacement with suspension (R-10).
create table neutral_appointment (
    id           uuid                        not null primary key,
    procedure_id uuid                        not null references procedure (id),
    candidate_id uuid                        not null references user_account (id),
    status       varchar(20)                 not null,
    invited_by   varchar(254)                not null,
    invited_at   timestamp(6) with time zone not null,
    declaration  varchar(4000),
    decided_at   timestamp(6) with time zone,
    reason       varchar(4000),
    ended_at     timestamp(6) with time zone
);
create index neutral_appointment_candidate on neutral_appointment (candidate_id, status);
create index neutral_appointment_procedure on neutral_appointment (procedure_id);

-- Neutrals appointed before declarations were kept: their appointment, marked as such.
insert into neutral_appointment (id, procedure_id, candidate_id, status, invited_by, invited_at, declaration,
                                 decided_at)
select p.id, p.procedure_id, p.account_id, 'ACCEPTED', 'migration', p.joined_at,
       'Appointed before Concord recorded declarations (migration V10).', p.joined_at
from participant p where p.role = 'NEUTRAL';

create table disclosure (
    procedure_id  uuid                        not null references procedure (id),
    neutral       varchar(254)                not null,
    circumstances varchar(4000)               not null,
    disclosed_at  timestamp(6) with time zone not null
);
create index disclosure_procedure on disclosure (procedure_id);

create table procedure_suspension (
    procedure_id   uuid          not null references procedure (id),
    suspended_from date          not null,
    suspended_to   date,
    reason         varchar(2000) not null
);
create index procedure_suspension_procedure on procedure_suspension (procedure_id);

alter table participant add column left_at timestamp(6) with time zone;
