-- Issue 24: the zone an account holder also reads times in (an IANA region id such as America/New_York), beside
-- Geneva's, which counts (R-3.1). None (null) for every existing account: Geneva's only.
alter table user_account add column time_zone varchar(40);
