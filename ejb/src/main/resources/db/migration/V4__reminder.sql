-- R-C3: reminders before a party's or the Neutral's deadline, one e-mail each, exactly once across restarts and
-- instances: a scheduler claims due rows with FOR UPDATE SKIP LOCKED and marks them sent in the same transaction
-- that queues the e-mail.
create table reminder (
    id           uuid                        not null primary key,
    procedure_id uuid                        not null references procedure (id),
    recipient_id uuid                        not null references user_account (id),
    kind         varchar(30)                 not null,
    due          date                        not null,
    days_before  integer                     not null,
    fire_at      timestamp(6) with time zone not null,
    sent_at      timestamp(6) with time zone,
    constraint reminder_once unique (procedure_id, recipient_id, kind, days_before)
);
create index reminder_due on reminder (fire_at);
