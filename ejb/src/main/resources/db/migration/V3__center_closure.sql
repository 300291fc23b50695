-- R-3.4: days the Center is closed beyond public holidays, kept by CENTER_ADMIN. Never deleted: a removal is
-- recorded with who and when, so the computation of any earlier deadline can be explained later.
create table center_closure (
    id         uuid                        not null primary key,
    first_day  date                        not null,
    last_day   date                        not null,
    reason     varchar(200)                not null,
    created_by varchar(254)                not null,
    created_at timestamp(6) with time zone not null,
    removed_by varchar(254),
    removed_at timestamp(6) with time zone
);
create index center_closure_days on center_closure (first_day, last_day);
