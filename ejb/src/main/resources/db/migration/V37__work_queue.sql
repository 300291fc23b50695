-- Issue 24: the work queue reads each section by index, the first few most urgent and a bounded count, however many
-- Procedures the Center holds (1,000,000 in the benchmark). Plain composite indexes: the same on H2 and PostgreSQL.
-- R-6: Requests received and not commenced, the longest waiting first.
create index procedure_state_received on procedure (state, received_at, id);
-- R-8.1: commenced, waiting for a Neutral, the longest commenced first.
create index procedure_state_commenced on procedure (state, commenced_at, id);
-- R-14.2: the Neutral at work, the longest appointed first.
create index procedure_state_appointed on procedure (state, appointed_at, id);
-- R-PLAT.4: Resolutions communicated, the oldest first (the report's period runs from there).
create index resolution_communicated on resolution (communicated_at);
-- R-4.2: translation orders by due date, and whether a communication answers one.
create index communication_kind_due on communication (kind, due_on);
create index communication_reply on communication (in_reply_to);
-- R-17.5: credits waiting for review, the oldest booking first.
create index bank_credit_review_booking on bank_credit (review, booking_date, id);
