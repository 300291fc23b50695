-- R-SEC.3 (issue 22): API tokens expire and carry scopes. Tokens issued before this change expire 90 days after this
-- migration ran and keep reading and filing (what they were used for), but not administration: an administrator's
-- script needs a new token with the ADMINISTER scope.
alter table api_token add column expires_at timestamp(6) with time zone;
alter table api_token add column scopes varchar(100);
update api_token set expires_at = current_timestamp + interval '90' day, scopes = 'FILE,READ';
alter table api_token alter column expires_at set not null;
alter table api_token alter column scopes set not null;
