-- R-PLAT.1: the database work of the first page of a platform member's list (GET /api/v1/procedures/mine?size=25),
-- as Caseload issues it: whom the member acts for, the organisation's source (26 rows by index), the 26 Procedures and
-- their filings.
select distinct organisation_id from organisation_member
 where account_id = '00000000-0000-4000-8000-0000000000aa' and left_at is null;
select r.organisation_id, r.principal_id, r.procedure_id from representation r
 where r.representative_id = '00000000-0000-4000-8000-0000000000aa' and r.state = 'ACTIVE' and r.mediation_id is null;
select pa.received_at, pa.procedure_id from participant pa
 where pa.party_id = '00000000-0000-4000-8000-0000000000aa' and pa.organisation_id is null
 order by pa.received_at desc, pa.procedure_id desc limit 26;
with page as (
  select pa.received_at, pa.procedure_id from participant pa
   where pa.party_id = '00000000-0000-4000-8000-00000000feed'
   order by pa.received_at desc, pa.procedure_id desc limit 26)
select p.*, f.* from page join procedure p on p.id = page.procedure_id left join filing f on f.procedure_id = p.id;
