-- The outbox keeps every mail sent; the dispatcher reads only the unsent ones. A partial index keeps that read
-- independent of how much was ever sent (a full scan took 0.6 s at 40,000 mails).
drop index outbound_mail_due;
create index outbound_mail_unsent on outbound_mail (next_attempt_at) where sent_at is null;
