-- R-PLAT.1 (issue 23): the platform's caseload through the API.

-- 1. "This organisation's / this account's own Procedures, newest first" is one range of an index. Each participant
-- gets whom it stands for (party_id: the organisation, or else the account; random UUIDs never meet) and the receipt
-- instant of its Procedure (neither ever changes, so there is nothing to maintain), so that the list of a platform
-- organisation holding a million Procedures reads its first page from the index (party_id, received_at desc,
-- procedure_id desc) and stops after a page: no count, no sort of the whole set. One column for both, because an
-- index on (account_id, ...) would not serve "own participations" (organisation_id is null) for a platform's named
-- account, which is on every one of the organisation's participations (measured: 130-175 ms at 1,000,000 rows).
alter table participant add column party_id uuid;
alter table participant add column received_at timestamp(6) with time zone;
update participant set party_id = coalesce(organisation_id, account_id),
                       received_at = (select p.received_at from procedure p where p.id = participant.procedure_id);
alter table participant alter column party_id set not null;
alter table participant alter column received_at set not null;
create index participant_party_newest on participant (party_id, received_at desc, procedure_id desc);

-- 2. The change feed of an organisation's Procedures: one row per (organisation, Procedure) at the position of its
-- latest change; positions are allocated per organisation under the row lock of its head, held until commit, so
-- that they become visible in the order they were allocated (see ProcedureFeed's javadoc for the proof).
create table procedure_feed_head (
    organisation_id uuid   not null primary key,
    position        bigint not null
);

create table procedure_feed (
    organisation_id uuid                        not null,
    procedure_id    uuid                        not null,
    position        bigint                      not null,
    changed_at      timestamp(6) with time zone not null,
    primary key (organisation_id, procedure_id)
);
create unique index procedure_feed_position on procedure_feed (organisation_id, position);

-- The Procedures organisations already take part in, each once, in the order received.
insert into procedure_feed (organisation_id, procedure_id, position, changed_at)
select organisation_id, procedure_id,
       row_number() over (partition by organisation_id order by received_at, procedure_id), received_at
from (select distinct organisation_id, procedure_id, received_at from participant
      where organisation_id is not null) participations;

insert into procedure_feed_head (organisation_id, position)
select organisation_id, max(position) from procedure_feed group by organisation_id;
