-- R-ACC.1 (issue 21): the capacity in which a person registered: USER_NATURAL_PERSON, USER_LEGAL_PERSON,
-- RIGHTHOLDER_NATURAL_PERSON, RIGHTHOLDER_LEGAL_PERSON or REPRESENTATIVE; null for accounts made by the Center.
alter table user_account add column capacity varchar(30);
