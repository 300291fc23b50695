-- R-PLAT.1: the database work of the first page of the organisation's change feed (size 25): the head (cursor check),
-- 25 entries by position, their Procedures and filings.
select position from procedure_feed_head where organisation_id = '00000000-0000-4000-8000-00000000feed';
with page as (
  select procedure_id, position from procedure_feed
   where organisation_id = '00000000-0000-4000-8000-00000000feed' and position > 0 order by position limit 25)
select p.*, f.* from page join procedure p on p.id = page.procedure_id left join filing f on f.procedure_id = p.id;
