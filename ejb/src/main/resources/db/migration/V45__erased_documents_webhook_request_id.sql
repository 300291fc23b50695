-- Issue 25, R-OPS.3: a document whose content retention erased says so, and when: the pages and the API show
-- "erased on <date>" instead of a link, and a download answers 410 Gone instead of an empty body under the original
-- SHA-256 (which stays: the audit trail names it). Documents erased before this version take the date of their
-- Procedure's or mediation's erasure.
alter table document add column erased_at timestamp(6) with time zone;
update document set erased_at = (select p.erased_at from filing f, procedure p
                                 where f.id = document.filing_id and p.id = f.procedure_id)
    where erased_at is null and filing_id is not null;
update document set erased_at = (select p.erased_at from communication c, procedure p
                                 where c.id = document.communication_id and p.id = c.procedure_id)
    where erased_at is null and communication_id is not null;
update document set erased_at = (select max(p.erased_at) from resolution r, procedure p
                                 where r.document_id = document.id and p.resolution_id = r.id)
    where erased_at is null and id in (select r.document_id from resolution r where r.document_id is not null);
update document set erased_at = (select max(m.erased_at) from settlement_agreement s, mediation m
                                 where s.document_id = document.id and m.id = s.mediation_id)
    where erased_at is null and id in (select s.document_id from settlement_agreement s);

-- Issue 25, R-OPS.1: a webhook delivery remembers the request that caused it, as a mail does (V40), so that the
-- dispatcher's log lines about it (attempts, failures, a disabled endpoint) name that request on whichever instance.
alter table webhook_delivery add column request_id varchar(64);
