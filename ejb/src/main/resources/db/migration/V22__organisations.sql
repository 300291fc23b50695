-- Organisations and their members (R-ACC.2, issue 21); a participant may be an organisation (the platform as the
-- Responding Party, R-13.1). V22_1 (Java) turns every account that is a Responding Party today into the first manager
-- of an organisation of its own. Portable between H2 2.2 and PostgreSQL 15.

create table organisation (
    id         uuid                        not null primary key,
    name       varchar(200)                not null,
    legal_form varchar(100),
    country    varchar(2),
    kind       varchar(30)                 not null,
    created_at timestamp(6) with time zone not null
);
create index organisation_name on organisation (name);

create table organisation_domain (
    organisation_id uuid         not null references organisation (id),
    domain          varchar(253) not null,
    primary key (organisation_id, domain)
);

create table organisation_alias (
    organisation_id uuid         not null references organisation (id),
    platform_name   varchar(200) not null,
    primary key (organisation_id, platform_name)
);

create table organisation_member (
    id              uuid                        not null primary key,
    organisation_id uuid                        not null references organisation (id),
    account_id      uuid                        not null references user_account (id),
    role            varchar(20)                 not null,
    joined_at       timestamp(6) with time zone not null,
    left_at         timestamp(6) with time zone
);
create index organisation_member_account on organisation_member (account_id);
create index organisation_member_organisation on organisation_member (organisation_id);

alter table participant add column organisation_id uuid references organisation (id);
create index participant_organisation on participant (organisation_id);
