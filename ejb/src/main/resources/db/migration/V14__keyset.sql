-- The Center's list reads procedures newest first by keyset: (received_at, id) descending.
create index procedure_newest_first on procedure (received_at desc, id desc);
drop index procedure_received;
