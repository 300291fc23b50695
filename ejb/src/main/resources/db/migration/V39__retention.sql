-- R-OPS.3 (GDPR storage limitation): retention periods per data class, erasure by a scheduled job, legal holds.
-- What was erased is marked, never deleted where a chain or a statistic needs the row: an erased audit entry keeps
-- its hash and its place (R-13.4); a Procedure keeps the anonymous facts the statistics read (R-STAT.1, R-STAT.2).

-- Legal hold (staff, with a reason): suspends the erasure of a Procedure or a mediation.
alter table procedure add column legal_hold_reason varchar(2000);
alter table procedure add column legal_hold_by varchar(254);
alter table procedure add column legal_hold_at timestamp(6) with time zone;
alter table procedure add column legal_hold_lifted_reason varchar(2000);
alter table procedure add column legal_hold_lifted_by varchar(254);
alter table procedure add column legal_hold_lifted_at timestamp(6) with time zone;
alter table procedure add column erased_at timestamp(6) with time zone;
create index procedure_retention on procedure (ended_at);

alter table mediation add column legal_hold_reason varchar(2000);
alter table mediation add column legal_hold_by varchar(254);
alter table mediation add column legal_hold_at timestamp(6) with time zone;
alter table mediation add column legal_hold_lifted_reason varchar(2000);
alter table mediation add column legal_hold_lifted_by varchar(254);
alter table mediation add column legal_hold_lifted_at timestamp(6) with time zone;
alter table mediation add column erased_at timestamp(6) with time zone;

-- An erased entry says nothing any more; verification accepts it by its stored hash.
alter table audit_entry add column erased boolean default false not null;

-- Accounts inactive for the configured period are pseudonymised: the last sign-in counts as activity.
alter table user_account add column last_active_at timestamp(6) with time zone;
alter table user_account add column erased_at timestamp(6) with time zone;
update user_account set last_active_at = created_at;

-- The text of a sent mail is erased after its period; the row (status, attempts) stays for the mail log.
alter table outbound_mail add column erased_at timestamp(6) with time zone;

alter table invitation add column erased_at timestamp(6) with time zone;

-- One row per data class: a run claims its class's row (FOR UPDATE SKIP LOCKED), so that across instances each due
-- item is erased once and recorded once.
create table retention_lease (
    data_class varchar(30)                 not null primary key,
    last_run_at timestamp(6) with time zone
);
insert into retention_lease (data_class) values ('PROCEDURE_FILE');
insert into retention_lease (data_class) values ('MEDIATION_FILE');
insert into retention_lease (data_class) values ('INACTIVE_ACCOUNT');
insert into retention_lease (data_class) values ('SECURITY_LOG');
insert into retention_lease (data_class) values ('SENT_MAIL');
insert into retention_lease (data_class) values ('EXPIRED_INVITATION');
insert into retention_lease (data_class) values ('WEBHOOK_DELIVERY');

-- The record of what was erased: per run and class, when, how many and which ids; never what they said.
create table erasure_record (
    id          uuid                        not null primary key,
    erased_at   timestamp(6) with time zone not null,
    data_class  varchar(30)                 not null,
    item_count  integer                     not null,
    item_ids    varchar(20000)              not null
);
create index erasure_record_newest_first on erasure_record (erased_at desc, id);
