-- R-PLAT.3 (issue 23, a reading of 11(b)): why staff invited a Neutral while the Responding Party's Answer period was
-- still running and no Answer had been filed (null otherwise, and for the invitations Concord sends on its own).
alter table neutral_appointment add column early_reason varchar(2000);
