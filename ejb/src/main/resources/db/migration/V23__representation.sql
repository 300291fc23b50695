-- Representatives (R-ACC.3, issue 21): a Party authorises a representative for one Procedure (procedure_id) or for
-- all of its Procedures (procedure_id null), by inviting the representative's address or by a power of attorney
-- (document_id) that staff accept or refuse. While ACTIVE the representative is in the circle of R-13.1 of what it
-- covers; REVOKED or REFUSED it is not. The record stays. Portable between H2 2.2 and PostgreSQL 15.

create table representation (
    id                   uuid                        not null primary key,
    principal_id         uuid                        not null references user_account (id),
    representative_id    uuid references user_account (id),
    representative_email varchar(254)                not null,
    procedure_id         uuid references procedure (id),
    basis                varchar(20)                 not null,
    state                varchar(20)                 not null,
    document_id          uuid,
    created_at           timestamp(6) with time zone not null,
    authorised_at        timestamp(6) with time zone,
    ended_at             timestamp(6) with time zone,
    decided_by           varchar(254)
);
create index representation_principal on representation (principal_id);
create index representation_representative on representation (representative_id);
create index representation_email on representation (representative_email);
create index representation_state on representation (state);
