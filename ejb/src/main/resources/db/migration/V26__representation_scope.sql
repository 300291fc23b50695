-- Representatives, completed (R-ACC.3, issue 21). Portable between H2 2.2 and PostgreSQL 15.
-- * mediation_id: an authorisation for one mediation (procedure_id and mediation_id both null: all of the Party's
--   Procedures and mediations; never both set).
-- * organisation_id: the Party is a platform organisation (R-ACC.2); principal_id is then the manager who authorised,
--   and the authorisation covers the organisation's Procedures only.
-- * A power of attorney keeps the reference and the Party's address as the representative typed them; one that names
--   no Party of that Procedure is kept for staff to refuse, with no principal (principal_id null). The answer to the
--   representative is the same either way (R-13.1, R-ACC.1).
-- * decision_reason: why staff accepted or refused a power of attorney (required for a refusal).

alter table representation alter column principal_id drop not null;
alter table representation add column mediation_id uuid;
alter table representation add column organisation_id uuid;
alter table representation add column filed_reference varchar(20);
alter table representation add column filed_party_email varchar(254);
alter table representation add column decision_reason varchar(2000);

alter table representation add constraint representation_mediation_fk
    foreign key (mediation_id) references mediation (id);
alter table representation add constraint representation_organisation_fk
    foreign key (organisation_id) references organisation (id);
alter table representation add constraint representation_document_fk
    foreign key (document_id) references document (id);
alter table representation add constraint representation_one_scope
    check (procedure_id is null or mediation_id is null);

create index representation_organisation on representation (organisation_id);
create index representation_pending on representation (state, created_at);
