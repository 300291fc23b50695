-- Issue 24: the staff work queue's benchmark, on top of bench/seed-million.sql (1,000,000 Requests received over the
-- last two years): a caseload in every state the queue reads. Of the million, 5% commenced and waiting for a Neutral,
-- 2% with a Neutral at work, 2% resolved (the Resolution communicated; half of those reported on, R-PLAT.4); 10,000
-- translation orders unanswered and 2,000 bank credits waiting for review; the rest stays received, not commenced.
set session_replication_role = replica;
update procedure p set state = 'COMMENCED', commenced_at = least(p.received_at + interval '1 day', now())
from generate_series(1, 1000000) g where p.id = md5('bench' || g)::uuid and g % 20 = 1;
update procedure p set state = 'NEUTRAL_APPOINTED', commenced_at = least(p.received_at + interval '1 day', now()),
                       appointed_at = least(p.received_at + interval '15 days', now())
from generate_series(1, 1000000) g where p.id = md5('bench' || g)::uuid and g % 50 = 2;
insert into resolution (id, outcome, drafted_at, signed_by, signed_at, communicated_by, communicated_at)
select md5('resolution' || g)::uuid, 'FOR_REQUESTING_PARTY', now() - (g || ' minutes')::interval + interval '40 days',
       'expert@concord.example', now() - (g || ' minutes')::interval + interval '41 days', 'staff@concord.example',
       least(now() - (g || ' minutes')::interval + interval '42 days', now())
from generate_series(1, 1000000) g where g % 50 = 3;
update procedure p set state = 'RESOLVED', commenced_at = least(p.received_at + interval '1 day', now()),
                       appointed_at = least(p.received_at + interval '15 days', now()),
                       resolution_id = md5('resolution' || g)::uuid,
                       implementation_outcome = case when g % 100 = 3 then 'IMPLEMENTED' end,
                       implementation_date = case when g % 100 = 3 then current_date end
from generate_series(1, 1000000) g where p.id = md5('bench' || g)::uuid and g % 50 = 3;
insert into communication (id, procedure_id, kind, author, author_email, sent_at, text, translation_language, due_on,
                           concerns)
select md5('translation' || g)::uuid, md5('bench' || g)::uuid, 'TRANSLATION_ORDER', 'NEUTRAL', 'expert@concord.example',
       now() - interval '10 days', 'Translate annex 1.', 'fr', current_date + ((g / 100) % 30 - 10), 'RESPONDING_PARTY'
from generate_series(1, 1000000) g where g % 100 = 2;
insert into bank_statement (id, account_iban, statement_ref, imported_at, imported_by)
values (md5('statement')::uuid, 'CH9300762011623852957', 'BENCH-1', now(), 'staff@concord.example');
insert into bank_credit (id, statement_id, account_iban, entry_ref, amount, currency, booking_date, value_date,
                         debtor_name, outcome, review, version)
select md5('credit' || g)::uuid, md5('statement')::uuid, 'CH9300762011623852957', 'E' || g, 50.00, 'EUR',
       current_date - (g % 60), current_date - (g % 60), 'Payer ' || g, 'UNKNOWN_REFERENCE', 'OPEN', 0
from generate_series(1, 2000) g;
-- Each Procedure past receipt has its Parties (a Procedure always has its Requesting Party, and commencement names the
-- Responding Party): the demo's Alice requests, the demo platform Streamly (through its member legal@) responds, so
-- that their domiciles make the time limits run (R-3.4). Needs the demo data (bench/work-queue-benchmark.sh seeds
-- after the application loaded it).
insert into participant (id, procedure_id, account_id, organisation_id, party_id, role, joined_at, received_at)
select md5('work-queue-req' || g)::uuid, md5('bench' || g)::uuid, a.id, null, a.id, 'REQUESTING_PARTY',
       now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
from generate_series(1, 1000000) g, (select id from user_account where email = 'alice@concord.example') a
where g % 20 = 1 or g % 50 in (2, 3);
insert into participant (id, procedure_id, account_id, organisation_id, party_id, role, joined_at, received_at)
select md5('work-queue-resp' || g)::uuid, md5('bench' || g)::uuid, m.id, o.id, o.id, 'RESPONDING_PARTY',
       now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
from generate_series(1, 1000000) g, (select id from user_account where email = 'legal@streamly.example') m,
     (select id from organisation where name = 'Streamly Ltd') o
where g % 20 = 1 or g % 50 in (2, 3);
analyze participant;
analyze procedure;
analyze resolution;
analyze communication;
analyze bank_credit;
