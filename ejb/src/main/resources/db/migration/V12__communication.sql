-- The conduct of the Procedure (Article 11): messages, objections (R-16), reports of bad faith (11(f)), translation
-- orders (R-4.2), suggestions to settle (15(a)) and determinations allowing ex parte communication (11(c)).
create table communication (
    id                   uuid                        not null primary key,
    procedure_id         uuid                        not null references procedure (id),
    kind                 varchar(30)                 not null,
    author               varchar(20)                 not null,
    author_email         varchar(254)                not null,
    sent_at              timestamp(6) with time zone not null,
    text                 varchar(20000)              not null,
    addressed_to         varchar(20),
    knew_on              date,
    translation_language varchar(3),
    due_on               date,
    concerns             varchar(20),
    in_reply_to          uuid,
    released_at          timestamp(6) with time zone
);
create index communication_procedure on communication (procedure_id, sent_at);

-- A document belongs to a filing or to a communication (Hibernate sets the owner right after the insert).
alter table document alter column filing_id drop not null;
alter table document add column communication_id uuid references communication (id);
create index document_communication on document (communication_id);
