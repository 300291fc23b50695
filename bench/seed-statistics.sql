-- 1,000,000 Procedures received last year, for the statistics benchmark (docs/benchmarks.md): what the fact query
-- reads and nothing more. Requesting Parties: 100 frequent filers with about 1,000 Requests each (one Procedure in
-- ten) and 900,000 parties that filed once, domiciled in ten countries. Outcomes: about half resolved (either way),
-- the rest settled or terminated on the other grounds, one in fifty still running; durations from 10 to 129 days.
-- Foreign-key triggers off for this session only (the rows are consistent by construction).
set session_replication_role = replica;

insert into user_account (id, email, display_name, password_hash, locale, created_at, domicile)
select md5('stat-account' || a)::uuid, 'party' || a || '@bench.example', 'Party ' || a, 'x', 'en', now(),
       (array['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'BE', 'AT', 'IE', 'SE'])[1 + a % 10]
from generate_series(1, 900100) a;

insert into resolution (id, outcome, drafted_at)
select md5('stat-resolution' || g)::uuid,
       case when g % 7 < 4 then 'FOR_REQUESTING_PARTY' else 'FOR_RESPONDING_PARTY' end, now()
from generate_series(1, 1000000) g
where g % 50 <> 0 and g % 2 = 0;

insert into procedure (id, reference, matter, platform_name, description, state, received_at, received_date, version,
                       submits_to_jurisdiction, no_ichs_decision, answer_through_representative, resolution_days,
                       requester_domicile, language, termination_ground, resolution_id, ended_at, ended_date,
                       duration_days)
select md5('stat' || g)::uuid,
       'STAT-' || lpad(upper(to_hex(g)), 8, '0'),
       case when g % 3 = 0 then 'TRADEMARK' else 'COPYRIGHT' end, 'Platform ' || (g % 50),
       'Seeded for the statistics benchmark.',
       case when g % 50 = 0 then 'COMMENCED' when g % 2 = 0 then 'RESOLVED' else 'TERMINATED' end,
       received::timestamp at time zone 'Europe/Zurich', received, 0, true, true, false, 30,
       (array['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'BE', 'AT', 'IE', 'SE'])[1 + g % 10],
       (array['de', 'fr', 'es', 'it', 'en'])[1 + g % 5],
       case when g % 50 = 0 or g % 2 = 0 then null
            else (array['SETTLED_BEFORE_APPOINTMENT', 'SETTLED_BEFORE_RESOLUTION', 'OUT_OF_SCOPE',
                        'UNNECESSARY_OR_IMPOSSIBLE', 'COURT_PROCEEDINGS', 'OTHER_PROCEEDINGS_DISCLOSED'])[1 + (g / 2) % 6] end,
       case when g % 50 <> 0 and g % 2 = 0 then md5('stat-resolution' || g)::uuid end,
       case when g % 50 <> 0 then (received + days)::timestamp at time zone 'Europe/Zurich' end,
       case when g % 50 <> 0 then received + days end,
       case when g % 50 <> 0 then days end
from (select g, make_date(extract(year from now())::int - 1, 1, 1) + (g % 365) as received, 10 + g % 120 as days
      from generate_series(1, 1000000) g) s;

insert into participant (id, procedure_id, account_id, role, joined_at)
select md5('stat-participant' || g)::uuid, md5('stat' || g)::uuid,
       md5('stat-account' || case when g % 10 = 0 then 900001 + (g / 10) % 100 else g - g / 10 end)::uuid,
       'REQUESTING_PARTY', now()
from generate_series(1, 1000000) g;

analyze user_account;
analyze resolution;
analyze procedure;
analyze participant;

-- V24: the administrators' list reads accounts in name order from sort_name.
update user_account set sort_name = lower(display_name) where sort_name is null;
