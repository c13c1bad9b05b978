-- Sign-in attempts are counted before the password is checked (parallel guesses cannot pass the limit), and
-- registrations are counted per client address too: one table of attempts, by kind.
ALTER TABLE login_failures RENAME TO throttled_attempts;
ALTER TABLE throttled_attempts RENAME COLUMN failed_at TO attempted_at;
ALTER TABLE throttled_attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'sign-in'
    CHECK (kind IN ('sign-in', 'registration'));
ALTER INDEX login_failures_account RENAME TO throttled_attempts_account;
DROP INDEX login_failures_address;
CREATE INDEX throttled_attempts_address ON throttled_attempts (kind, client_address, attempted_at);
