-- Invitations (R-ACC.1, issue 21): the second way in beside registration. One row an invitation, bound to one
-- address, granting one thing by its kind: STAFF (role CENTER_STAFF), NEUTRAL (role NEUTRAL), MEMBER (organisation_id
-- and member_role, R-ACC.2), MEDIATION (mediation_id: the address is in its circle; the link lets it create the
-- account), REPRESENTATION (representation_id, R-ACC.3). The link's token is stored only as its SHA-256; it works for
-- 14 days (expires_at) and once (accepted_at, accepted_by), unless withdrawn (withdrawn_at, withdrawn_by). Rows are
-- never deleted. Portable between H2 2.2 and PostgreSQL 15.

create table invitation (
    id                uuid                        not null primary key,
    email             varchar(254)                not null,
    kind              varchar(20)                 not null,
    organisation_id   uuid references organisation (id),
    member_role       varchar(20),
    mediation_id      uuid references mediation (id),
    representation_id uuid references representation (id),
    reference         varchar(40),
    token_hash        varchar(64)                 not null unique,
    invited_by        uuid                        not null references user_account (id),
    created_at        timestamp(6) with time zone not null,
    expires_at        timestamp(6) with time zone not null,
    accepted_at       timestamp(6) with time zone,
    accepted_by       uuid references user_account (id),
    withdrawn_at      timestamp(6) with time zone,
    withdrawn_by      uuid references user_account (id)
);
create index invitation_created on invitation (created_at, id);
create index invitation_email on invitation (email);
create index invitation_organisation on invitation (organisation_id);
create index invitation_representation on invitation (representation_id);
