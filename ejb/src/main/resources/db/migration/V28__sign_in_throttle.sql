-- R-SEC.1 (issue 22): sign-in failures per account (its normalised login name, whether or not the account exists) and
-- per client address, shared by every instance. The key is the SHA-256 of the kind and the subject: neither the
-- address nor the login name is stored. A row counts the failures since the last success or lift, the last one's time
-- and the end of a lock.
create table sign_in_throttle (
    throttle_key     varchar(64)                 not null primary key,
    kind             varchar(10)                 not null,
    failures         integer                     not null,
    last_failure_at  timestamp(6) with time zone not null,
    locked_until     timestamp(6) with time zone
);
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
