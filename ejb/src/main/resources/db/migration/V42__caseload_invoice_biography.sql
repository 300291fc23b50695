-- Issue 24, R-STAT.3: the staff's picture of the caseload. Whether the time limits of R-8.1 (appointment) and R-14.2
-- (Resolution) were kept is recorded when they are met or missed: the Geneva date the time limit fell due, as the
-- deadline engine computed it then (holidays, domiciles, suspensions), and the Geneva date of the event. Procedures
-- appointed or signed before this version have none (unknown, not counted).
alter table procedure add column appointment_target_on date;
alter table procedure add column appointed_on date;
alter table procedure add column resolution_due_on date;
alter table procedure add column resolution_signed_on date;

-- The figures per calendar month (Geneva dates), recomputed from the Procedures by a periodic job that claims the
-- single caseload_refresh row (FOR UPDATE SKIP LOCKED: one instance at a time). The start page reads these rows only.
create table caseload_month (
    month_start         date    not null primary key,
    received            integer not null,
    ended               integer not null,
    open_at_end         integer not null,
    appointments_met    integer not null,
    appointments_missed integer not null,
    resolutions_met     integer not null,
    resolutions_missed  integer not null
);
create table caseload_refresh (
    id           integer                     not null primary key,
    refreshed_at timestamp(6) with time zone,
    took_ms      bigint
);
insert into caseload_refresh (id, refreshed_at, took_ms) values (1, null, null);

-- R-17.1, issue 24: each Party's invoice of a Procedure's fees carries a number given once, sequential per calendar
-- year of issue (Geneva date), unique; its issue date and its due date (17(a): the fees come with the filing they
-- allow: the filing fee with the Request, the Responding Party's fees by the end of the Answer period, R-7).
create table invoice (
    id           uuid        not null primary key,
    procedure_id uuid        not null references procedure (id),
    payer        varchar(20) not null,
    issue_year   integer     not null,
    sequence_no  integer     not null,
    number       varchar(40) not null unique,
    issued_on    date        not null,
    due_on       date        not null,
    constraint invoice_once unique (procedure_id, payer),
    constraint invoice_sequence_once unique (issue_year, sequence_no)
);
-- The single counter, locked by whoever numbers an invoice: numbers without gaps or doubles across instances.
create table invoice_counter (
    id          integer not null primary key,
    issue_year  integer not null,
    last_number integer not null
);
insert into invoice_counter (id, issue_year, last_number) values (1, 0, 0);

-- R-M4, issue 24: a short biography the mediator writes for the public directory (plain text, shown escaped).
alter table neutral_profile add column biography varchar(1000);
