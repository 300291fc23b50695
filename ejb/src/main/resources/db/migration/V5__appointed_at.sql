-- R-14.2: the Resolution is due 30 days after the Neutral's appointment.
alter table procedure add column appointed_at timestamp(6) with time zone;
