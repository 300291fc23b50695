-- 1,000,000 procedures (and their Request filings) for the list benchmark, received over the last two years.
-- Foreign-key triggers off for this session only (the rows are consistent by construction): minutes saved.
set session_replication_role = replica;
insert into procedure (id, reference, matter, platform_name, description, state, received_at, received_date, version,
                       submits_to_jurisdiction, no_ichs_decision, answer_through_representative, resolution_days)
select md5('bench' || g)::uuid,
       'DCTI-' || substr(lpad(upper(to_hex(g)), 8, '0'), 1, 4) || '-' || substr(lpad(upper(to_hex(g)), 8, '0'), 5, 4),
       case when g % 3 = 0 then 'TRADEMARK' else 'COPYRIGHT' end, 'Platform ' || (g % 50),
       'Seeded for the list benchmark.', 'REQUEST_FILED',
       now() - (g || ' minutes')::interval, (now() - (g || ' minutes')::interval)::date, 0,
       true, true, false, 30
from generate_series(1, 1000000) g;
insert into filing (id, procedure_id, kind, filed_by, filed_at, released_at, late)
select md5('filing' || g)::uuid, md5('bench' || g)::uuid, 'REQUEST', 'REQUESTING_PARTY',
       now() - (g || ' minutes')::interval, null, false
from generate_series(1, 1000000) g;
analyze procedure;
analyze filing;
