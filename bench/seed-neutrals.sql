-- 1,000 Neutrals with profiles for the ranking benchmark of issue 7 (docs/benchmarks.md): five declared
-- relationships each, one in ten with an absence, countries, languages and keywords varied.
insert into user_account (id, email, display_name, password_hash, locale, created_at)
select gen_random_uuid(), 'neutral' || n || '@bench.example', 'Bench Neutral ' || n, 'not-a-login', 'en', now()
from generate_series(1, 1000) n;

insert into account_role (account_id, role)
select id, 'NEUTRAL' from user_account where email like 'neutral%@bench.example';

insert into neutral_profile (id, account_id, name_key, countries, languages, matters, expertise_areas, keywords,
                             max_open_caseload, updated_by, updated_at, version)
select gen_random_uuid(), a.id, lower(a.display_name),
       (array['FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'AT'])[1 + n % 7] || ',CH',
       (array['fr', 'de', 'it', 'es', 'nl'])[1 + n % 5] || ',en',
       case when n % 3 = 0 then 'TRADEMARK' else 'COPYRIGHT,TRADEMARK' end,
       (array['AUDIOVISUAL', 'MUSIC_AND_AUDIO', 'IMAGES_AND_VISUAL_ARTS', 'SOFTWARE_AND_APPS'])[1 + n % 4],
       (array['parody|sampling', 'video games|fashion', 'memes|quotation', 'counterfeit|streaming'])[1 + n % 4],
       5 + n % 20, 'bench', now(), 0
from (select id, display_name, row_number() over (order by email) n
      from user_account where email like 'neutral%@bench.example') a;

insert into neutral_relationship (profile_id, kind, name, email_domain)
select p.id, (array['ORGANISATION', 'PLATFORM', 'LAW_FIRM', 'PAST_CLIENT'])[1 + g % 4],
       'Organisation ' || g || ' of ' || p.name_key, 'org' || g || '-' || left(p.id::text, 8) || '.example'
from neutral_profile p, generate_series(1, 5) g
where p.updated_by = 'bench';

insert into neutral_absence (profile_id, absent_from, absent_to)
select id, current_date + 10, current_date + 20 from neutral_profile
where updated_by = 'bench' and max_open_caseload % 10 = 0;
analyze;

-- V24: the administrators' list reads accounts in name order from sort_name.
update user_account set sort_name = lower(display_name) where sort_name is null;
