-- Issue 24: what the console's search reads, on top of bench/seed-caseload.sql (1,000,000 Procedures of Streamly, each
-- with one of 1,000 Requesting Parties md5('caseload-account' || 0..999)): those 1,000 accounts themselves, named
-- 'Party <8 hex digits> Müller' (search name folded as SearchText does: 'party <hex> muller'), and a platform
-- reference (PUID) on every Procedure, md5 of its id. Usage: psql -f bench/seed-console-search.sql (after seeding).
set session_replication_role = replica;
insert into user_account (id, email, display_name, sort_name, search_name, password_hash, locale, created_at)
select md5('caseload-account' || i)::uuid, 'party-' || i || '@bench.example',
       'Party ' || substr(md5('name' || i), 1, 8) || ' Müller',
       lower('Party ' || substr(md5('name' || i), 1, 8) || ' Müller'),
       'party ' || substr(md5('name' || i), 1, 8) || ' muller',
       'not a password hash', 'en', now()
from generate_series(0, 999) i
on conflict do nothing;
update procedure set platform_reference = md5(id::text) where platform_reference is null;
vacuum analyze procedure;
analyze user_account;
analyze participant;
