-- R-PLAT.1 (issue 23): :n Procedures of one platform organisation (the Responding Party of each), received over the
-- last :n minutes, each with its Requesting Party (one of 1,000 accounts), its Request filing and its entry in the
-- organisation's change feed. Usage: psql -v n=1000000 -f bench/seed-caseload.sql (on a database migrated by Flyway
-- or by bench/caseload-benchmark.sh). Foreign-key triggers are off for this session only (the rows are consistent by
-- construction).
set session_replication_role = replica;
\set platform '''00000000-0000-4000-8000-00000000feed'''
\set member '''00000000-0000-4000-8000-0000000000aa'''
insert into procedure (id, reference, matter, platform_name, description, state, received_at, received_date, version,
                       submits_to_jurisdiction, no_ichs_decision, answer_through_representative, resolution_days,
                       commenced_at)
select md5('caseload' || g)::uuid,
       'DCTI-' || substr(lpad(upper(to_hex(g)), 8, '0'), 1, 4) || '-' || substr(lpad(upper(to_hex(g)), 8, '0'), 5, 4),
       case when g % 3 = 0 then 'TRADEMARK' else 'COPYRIGHT' end, 'Streamly', 'Seeded for the caseload benchmark.',
       case when g % 10 = 0 then 'COMMENCED' else 'RESOLVED' end,
       now() - (g || ' minutes')::interval, (now() - (g || ' minutes')::interval)::date, 0,
       true, true, false, 30, now() - (g || ' minutes')::interval
from generate_series(1, :n) g;
insert into filing (id, procedure_id, kind, filed_by, filed_at, released_at, late)
select md5('caseload-filing' || g)::uuid, md5('caseload' || g)::uuid, 'REQUEST', 'REQUESTING_PARTY',
       now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, false
from generate_series(1, :n) g;
insert into participant (id, procedure_id, account_id, organisation_id, party_id, role, joined_at, received_at)
select md5('caseload-req' || g)::uuid, md5('caseload' || g)::uuid, md5('caseload-account' || (g % 1000))::uuid, null,
       md5('caseload-account' || (g % 1000))::uuid,
       'REQUESTING_PARTY', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
from generate_series(1, :n) g;
insert into participant (id, procedure_id, account_id, organisation_id, party_id, role, joined_at, received_at)
select md5('caseload-resp' || g)::uuid, md5('caseload' || g)::uuid, :member::uuid, :platform::uuid, :platform::uuid,
       'RESPONDING_PARTY', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
from generate_series(1, :n) g;
insert into organisation_member (id, organisation_id, account_id, role, joined_at)
values (md5('caseload-member')::uuid, :platform::uuid, :member::uuid, 'MANAGER', now());
insert into procedure_feed (organisation_id, procedure_id, position, changed_at)
select :platform::uuid, md5('caseload' || g)::uuid, :n + 1 - g, now() - (g || ' minutes')::interval
from generate_series(1, :n) g;
insert into procedure_feed_head (organisation_id, position) values (:platform::uuid, :n);
analyze;
