-- R-4.1 language of the Procedure, R-6 compliance check, R-7 Answer (items of 7(b); late filings kept and marked).
alter table procedure add column language varchar(3);
alter table procedure add column language_decided_by varchar(254);
alter table procedure add column language_reason varchar(2000);
alter table procedure add column compliance_checked_by varchar(254);
alter table procedure add column answer_through_representative boolean default false not null;
alter table procedure add column answer_representative varchar(500);
alter table procedure add column answer_contact_email varchar(254);
alter table procedure add column answer_domicile varchar(10);
alter table procedure add column answer_reply varchar(60000);
alter table procedure add column answer_terms varchar(10000);
alter table procedure add column answer_other_proceedings varchar(10000);
alter table filing add column late boolean default false not null;
