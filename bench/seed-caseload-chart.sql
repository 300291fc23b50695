-- Issue 24, R-STAT.3: the staff's caseload chart at 1,000,000 Procedures, on top of bench/seed-million.sql and
-- bench/seed-work-queue.sql: the resolved Procedures (2%) ended when their Resolution was communicated, and every
-- appointed Procedure (4%) has its R-8.1 target recorded, every resolved one its R-14.2 due date. One in five
-- appointments missed its target; one in seven Resolutions was signed late. Dates in Geneva, as the application
-- records them.
set session_replication_role = replica;
update procedure p
set ended_at = r.communicated_at,
    ended_date = (r.communicated_at at time zone 'Europe/Zurich')::date,
    duration_days = (r.communicated_at at time zone 'Europe/Zurich')::date - p.received_date
from resolution r where p.resolution_id = r.id and p.state = 'RESOLVED';
update procedure p
set appointed_on = (p.appointed_at at time zone 'Europe/Zurich')::date,
    appointment_target_on = (p.appointed_at at time zone 'Europe/Zurich')::date
        + case when abs(hashtext(p.id::text)) % 5 = 0 then -3 else 16 end
where p.appointed_at is not null;
update procedure p
set resolution_signed_on = (r.signed_at at time zone 'Europe/Zurich')::date,
    resolution_due_on = (p.appointed_at at time zone 'Europe/Zurich')::date
        + case when abs(hashtext(p.id::text)) % 7 = 0 then 20 else 30 end
from resolution r where p.resolution_id = r.id and r.signed_at is not null;
analyze procedure;
