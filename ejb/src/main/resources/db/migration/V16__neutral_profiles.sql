-- Neutral appointment the Rules' way (R-8.2, R-9, R-10): profiles for ranking on 8(b), declared relationships and
-- absences, conflicts found before acceptance and their override, invitations that lapse.
create table neutral_profile (
    id                uuid                        not null primary key,
    account_id        uuid                        not null unique references user_account (id),
    name_key          varchar(200)                not null,
    countries         varchar(1000)               not null,
    languages         varchar(500)                not null,
    matters           varchar(100)                not null,
    expertise_areas   varchar(500)                not null,
    keywords          varchar(2000)               not null,
    max_open_caseload integer                     not null,
    updated_by        varchar(254)                not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint                      not null
);

create index neutral_profile_name_key on neutral_profile (name_key);

create table neutral_absence (
    profile_id  uuid not null references neutral_profile (id),
    absent_from date not null,
    absent_to   date not null
);
create index neutral_absence_profile on neutral_absence (profile_id);

create table neutral_relationship (
    profile_id   uuid         not null references neutral_profile (id),
    kind         varchar(20)  not null,
    name         varchar(300) not null,
    email_domain varchar(254)
);
create index neutral_relationship_profile on neutral_relationship (profile_id);

alter table neutral_appointment add column expires_at timestamp(6) with time zone;
update neutral_appointment set expires_at = invited_at + interval '3' day;
alter table neutral_appointment alter column expires_at set not null;
alter table neutral_appointment add column automatic boolean default false not null;
alter table neutral_appointment add column override_by varchar(254);
alter table neutral_appointment add column override_reason varchar(2000);
alter table neutral_appointment add column override_at timestamp(6) with time zone;
create index neutral_appointment_expiry on neutral_appointment (status, expires_at);

create table appointment_conflict (
    appointment_id uuid         not null references neutral_appointment (id),
    source         varchar(20)  not null,
    subject        varchar(600) not null,
    side_kind      varchar(20)  not null,
    side_name      varchar(500) not null,
    basis          varchar(20)  not null
);
create index appointment_conflict_appointment on appointment_conflict (appointment_id);

-- R-9: representatives' names as the conflict check compares them (PartyName.normalise in Java). Rows filed before
-- this version get their name in lower case only: there were no production installations before it.
alter table procedure add column representative_key varchar(500);
alter table procedure add column answer_representative_key varchar(500);
update procedure set representative_key = lower(representative) where representative is not null;
update procedure set answer_representative_key = lower(answer_representative) where answer_representative is not null;
create index procedure_representative_key on procedure (representative_key);
create index procedure_answer_representative_key on procedure (answer_representative_key);
