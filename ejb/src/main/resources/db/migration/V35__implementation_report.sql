-- R-PLAT.4 (issue 23): the Responding Party's report on implementing the communicated Resolution, made once: the
-- outcome (IMPLEMENTED, PARTLY, NOT_IMPLEMENTED), the Geneva date it implemented it or decided not to, a short reason
-- (required unless implemented in full), who reported and when. All null until reported.
alter table procedure add column implementation_outcome varchar(20);
alter table procedure add column implementation_date date;
alter table procedure add column implementation_reason varchar(2000);
alter table procedure add column implementation_reported_by varchar(254);
alter table procedure add column implementation_reported_at timestamp(6) with time zone;
-- R-STAT.1, R-PLAT.5: the Geneva date of the report, by which cut-off the statistics count the implementation.
alter table procedure add column implementation_reported_date date;
-- R-PLAT.5: the annual report's median time to resolve, printed with the average over the same Procedures.
alter table statistics_release add column median_days integer;
