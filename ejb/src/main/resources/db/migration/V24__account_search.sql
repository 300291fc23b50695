-- The administrators' account list (R-ACC.5) at 100,000 accounts: the name in lower case, kept by the application,
-- so that the list is read in name order from an index instead of sorting every account (docs/benchmarks.md).
alter table user_account add column sort_name varchar(200);
update user_account set sort_name = lower(display_name);
create index user_account_sort_name on user_account (sort_name, email, id);
