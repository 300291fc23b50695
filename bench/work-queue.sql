-- Issue 24: the database work of one staff work queue (WorkQueueService#mine for CENTER_STAFF), as Hibernate sends it,
-- for pgbench (bench/work-queue-benchmark.sh): each section's first items and its count up to 100. The bounds are
-- those WorkQueue computes for today (Geneva): R-8.1 commenced before today - 3 days; R-14.2 appointed before
-- today - 23 days or commenced before today - 83 days; R-4.2 due by today + 7 days; R-PLAT.4 communicated before
-- today - 14 days.
select p.* from procedure p where p.state = 'REQUEST_FILED' order by p.received_at, p.id limit 5;
select count(*) from (select p.id from procedure p where p.state = 'REQUEST_FILED' limit 101) c;
select c.*, f.* from bank_credit c left join fee f on f.id = c.fee_id where c.review = 'OPEN'
 order by c.booking_date, c.id limit 5;
select count(*) from (select c.id from bank_credit c where c.review = 'OPEN' limit 101) c;
select p.* from procedure p where p.state = 'COMMENCED' and p.commenced_at < current_date - 2
 order by p.commenced_at, p.id limit 60;
select p.* from procedure p where p.state = 'NEUTRAL_APPOINTED'
 and (p.appointed_at < current_date - 22 or p.commenced_at < current_date - 82) order by p.appointed_at, p.id limit 60;
select c.*, p.* from communication c join procedure p on p.id = c.procedure_id
 where c.kind = 'TRANSLATION_ORDER' and c.due_on <= current_date + 7 and p.state in ('COMMENCED', 'NEUTRAL_APPOINTED')
 and not exists (select r.id from communication r where r.in_reply_to = c.id) order by c.due_on, c.id limit 6;
select p.* from procedure p join resolution r on r.id = p.resolution_id
 where r.communicated_at < current_date - 14 and p.implementation_outcome is null order by r.communicated_at, p.id limit 5;
select count(*) from (select p.id from procedure p join resolution r on r.id = p.resolution_id
 where r.communicated_at < current_date - 14 and p.implementation_outcome is null order by r.communicated_at limit 101) c;
