-- R-SEC.2 (issue 22): passkeys, beside totp_factor. Per passkey: its WebAuthn credential id (Base64url, unique: one
-- credential belongs to one account), the holder's name for it, the attested credential data (its public key, as the
-- authenticator gave it, Base64url), the signature counter, whether the authenticator verified its user at least once,
-- may be backed up and is backed up (a synced passkey), and when it was added and last used.
create table passkey (
    id              uuid                        not null primary key,
    account_id      uuid                        not null references user_account (id),
    credential_id   varchar(1400)               not null unique,
    name            varchar(60)                 not null,
    credential_data varchar(4000)               not null,
    sign_count      bigint                      not null,
    user_verified   boolean                     not null,
    backup_eligible boolean                     not null,
    backed_up       boolean                     not null,
    created_at      timestamp(6) with time zone not null,
    last_used_at    timestamp(6) with time zone
);
create index passkey_account on passkey (account_id);
