-- R-PLAT.1 (issue 23): Procedures :from to :n of one platform organisation (the Responding Party of each), received
-- :from to :n minutes ago, each with its Requesting Party (:requester, or one of 1,000 accounts when it is empty), its
-- Request filing and its entry at the end of the organisation's change feed.
-- Usage: psql -v from=1 -v n=1000000 -v platform="'<organisation id>'" -v member="'<account id>'" -v requester="''"
--        -f bench/seed-caseload.sql
-- (on a database migrated by Flyway, or by bench/caseload-benchmark.sh). Foreign-key triggers are off for this session
-- only (the rows are consistent by construction, but for the 1,000 requesting accounts, which exist only when no
-- application reads them).
set session_replication_role = replica;
select coalesce(max(position), 0) as base from procedure_feed where organisation_id = :platform::uuid \gset
insert into procedure (id, reference, matter, platform_name, description, state, received_at, received_date, version,
                       submits_to_jurisdiction, no_ichs_decision, answer_through_representative, resolution_days,
                       commenced_at)
select md5('caseload' || g)::uuid,
       'DCTI-' || substr(lpad(upper(to_hex(g)), 8, '0'), 1, 4) || '-' || substr(lpad(upper(to_hex(g)), 8, '0'), 5, 4),
       case when g % 3 = 0 then 'TRADEMARK' else 'COPYRIGHT' end, 'Streamly', 'Seeded for the caseload benchmark.',
       case when g % 10 = 0 then 'COMMENCED' else 'RESOLVED' end,
       now() - (g || ' minutes')::interval, (now() - (g || ' minutes')::interval)::date, 0,
       true, true, false, 30, now() - (g || ' minutes')::interval
from generate_series(:from, :n) g;
insert into filing (id, procedure_id, kind, filed_by, filed_at, released_at, late)
select md5('caseload-filing' || g)::uuid, md5('caseload' || g)::uuid, 'REQUEST', 'REQUESTING_PARTY',
       now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, false
from generate_series(:from, :n) g;
insert into participant (id, procedure_id, account_id, organisation_id, party_id, role, joined_at, received_at)
select md5('caseload-req' || g)::uuid, md5('caseload' || g)::uuid,
       coalesce(nullif(:requester, '')::uuid, md5('caseload-account' || (g % 1000))::uuid), null,
       coalesce(nullif(:requester, '')::uuid, md5('caseload-account' || (g % 1000))::uuid),
       'REQUESTING_PARTY', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
from generate_series(:from, :n) g;
insert into participant (id, procedure_id, account_id, organisation_id, party_id, role, joined_at, received_at)
select md5('caseload-resp' || g)::uuid, md5('caseload' || g)::uuid, :member::uuid, :platform::uuid, :platform::uuid,
       'RESPONDING_PARTY', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
from generate_series(:from, :n) g;
insert into organisation_member (id, organisation_id, account_id, role, joined_at)
select md5('caseload-member')::uuid, :platform::uuid, :member::uuid, 'MANAGER', now()
where not exists (select 1 from organisation_member where organisation_id = :platform::uuid and account_id = :member::uuid);
insert into procedure_feed (organisation_id, procedure_id, position, changed_at)
select :platform::uuid, md5('caseload' || g)::uuid, :base + :n + 1 - g, now() - (g || ' minutes')::interval
from generate_series(:from, :n) g;
delete from procedure_feed_head where organisation_id = :platform::uuid;
insert into procedure_feed_head (organisation_id, position)
select :platform::uuid, max(position) from procedure_feed where organisation_id = :platform::uuid;
analyze;
