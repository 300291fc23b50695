-- 100,000 accounts for the administrators' account list (issue 21, R-ACC.5): realistic names and addresses
-- (60 given names × 60 family names, made unique by a number), registered over the last three years, every one a
-- PARTY; one in 50 also a NEUTRAL, one in 500 CENTER_STAFF. Seeded accounts cannot sign in (no valid hash).
-- Foreign-key triggers off for this session only (the rows are consistent by construction).
set session_replication_role = replica;
with given(n, name) as (select row_number() over () - 1, x from unnest(array[
  'Anna','Ben','Clara','David','Elena','Felix','Greta','Hugo','Ida','Jonas','Katarina','Lukas','Marie','Noah','Olga',
  'Paul','Rosa','Simon','Theresa','Ulrich','Vera','Walter','Xenia','Yusuf','Zoé','Amélie','Bruno','Chiara','Dominik',
  'Eva','Fatima','Georg','Hanna','Ilse','Jakob','Karin','Leon','Mia','Nils','Oskar','Petra','Quentin','Rafael',
  'Sophie','Tobias','Ursula','Valentin','Wiebke','Yara','Zeynep','Agnieszka','Bartosz','Carmen','Diego','Emma',
  'François','Giulia','Henrik','Ingrid','João']) x),
family(n, name) as (select row_number() over () - 1, x from unnest(array[
  'Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann','Koch','Richter',
  'Klein','Wolf','Schröder','Neumann','Schwarz','Braun','Zimmermann','Krüger','Hartmann','Lange','Werner','Krause',
  'Lehmann','Köhler','Maier','Huber','Kaiser','Fuchs','Peters','Lang','Scholz','Möller','Weiß','Jung','Hahn',
  'Schubert','Vogel','Friedrich','Keller','Günther','Frank','Berger','Winkler','Roth','Beck','Lorenz','Baumann',
  'Franke','Albrecht','Dubois','Rossi','García','Kowalski','Novák','Jansen','Andersson','Nielsen','Papadopoulos']) x),
seeded as (
  select g, gi.name as given_name, fa.name as family_name,
         (array['example.com','mail.example','post.example','web.example','law.example'])[1 + g % 5] as domain
  from generate_series(1, 100000) g
  join given gi on gi.n = g % 60
  join family fa on fa.n = (g / 60) % 60)
insert into user_account (id, email, display_name, password_hash, locale, created_at, domicile, email_confirmed_at,
                          capacity, terms_version, terms_accepted_at)
select md5('account' || g)::uuid,
       lower(translate(given_name || '.' || family_name, 'äöüßéçãáíóúëà', 'aousecaaiouea')) || '.' || g || '@' || domain,
       given_name || ' ' || family_name,
       'seeded-no-login', (array['en','de','fr'])[1 + g % 3],
       now() - (g * 15 || ' minutes')::interval, (array['DE','AT','FR','IT','PL'])[1 + g % 5],
       now() - (g * 15 || ' minutes')::interval,
       (array['USER_NATURAL_PERSON','USER_LEGAL_PERSON','RIGHTHOLDER_NATURAL_PERSON','RIGHTHOLDER_LEGAL_PERSON',
              'REPRESENTATIVE'])[1 + g % 5],
       '2024-01', now() - (g * 15 || ' minutes')::interval
from seeded;
insert into account_role (account_id, role)
select md5('account' || g)::uuid, 'PARTY' from generate_series(1, 100000) g
union all
select md5('account' || g)::uuid, 'NEUTRAL' from generate_series(1, 100000) g where g % 50 = 0
union all
select md5('account' || g)::uuid, 'CENTER_STAFF' from generate_series(1, 100000) g where g % 500 = 0;
analyze user_account;
analyze account_role;

-- V24: the administrators' list reads accounts in name order from sort_name.
update user_account set sort_name = lower(display_name) where sort_name is null;

-- Organisations (R-ACC.2, issue 21): 1,000 of them, named "<family> <Records|Media|Legal|Rights|Streaming> <n>"; one
-- account in 20 is a member of one (its first member its manager), and one membership in ten has ended, so that a
-- search also matches the name of an organisation an account is an active member of.
insert into organisation (id, name, legal_form, country, kind, created_at)
select md5('organisation' || o)::uuid,
       (array['Weber','Dubois','Rossi','García','Kowalski','Novák','Jansen','Andersson','Nielsen','Papadopoulos'])
         [1 + (o / 5) % 10] || ' ' || (array['Records','Media','Legal','Rights','Streaming'])[1 + o % 5] || ' ' || o,
       'GmbH', 'DE', (array['RIGHTHOLDER','ONLINE_PLATFORM','LAW_FIRM','RIGHTHOLDER','ONLINE_PLATFORM'])[1 + o % 5],
       now() - interval '400 days'
from generate_series(0, 999) o;
insert into organisation_member (id, organisation_id, account_id, role, joined_at, left_at)
select md5('member' || g)::uuid, md5('organisation' || ((g / 20) % 1000))::uuid, md5('account' || g)::uuid,
       case when g / 20 <= 1000 then 'MANAGER' else 'MEMBER' end, now() - interval '300 days',
       case when g % 200 = 0 and g / 20 > 1000 then now() - interval '1 day' end
from generate_series(20, 100000, 20) g;
analyze organisation;
analyze organisation_member;
