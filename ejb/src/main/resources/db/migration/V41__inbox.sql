-- Issue 24 (R-C1): the in-app inbox. Every mail queued to an address that belongs to an account is copied here for
-- that account (subject and text, no more), in the transaction that queues the mail. The index serves both reads
-- of the page: the unread count in the header (account_id, read_at is null) and the list newest first by keyset
-- (account_id, created_at desc, id desc) starts from the same prefix. Portable between H2 2.2 and PostgreSQL 15.
create table inbox_entry (
    id         uuid                        not null primary key,
    account_id uuid                        not null references user_account (id),
    subject    varchar(300)                not null,
    body       varchar(10000)              not null,
    created_at timestamp(6) with time zone not null,
    read_at    timestamp(6) with time zone
);
create index inbox_entry_unread on inbox_entry (account_id, read_at);
create index inbox_entry_newest on inbox_entry (account_id, created_at desc, id desc);
