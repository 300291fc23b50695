-- R-ACC.2 (issue 21): every change of an organisation: created, a detail edited (with its value before and after),
-- a member added, removed or who left; who made it and when. Kept like the account's record of changes (V21).
-- Organisations created before this migration have no "created" row. Portable between H2 2.2 and PostgreSQL 15.
create table organisation_change (
    id              uuid                        not null primary key,
    organisation_id uuid                        not null references organisation (id),
    actor_id        uuid                        not null references user_account (id),
    kind            varchar(30)                 not null,
    member_id       uuid references user_account (id),
    role            varchar(20),
    detail          varchar(30),
    value_before    varchar(4000),
    value_after     varchar(4000),
    changed_at      timestamp(6) with time zone not null
);
create index organisation_change_organisation on organisation_change (organisation_id, changed_at);
