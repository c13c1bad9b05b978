CREATE TABLE customers (
    id                   UUID PRIMARY KEY,
    email                TEXT        NOT NULL,
    name                 TEXT        NOT NULL,
    password_hash        TEXT        NOT NULL,
    roles                TEXT[]      NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('active', 'deleting')),
    -- Access tokens issued before this instant no longer count (password change, account deletion).
    sessions_valid_after TIMESTAMPTZ NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX customers_email_unique ON customers (lower(email));

-- Refresh tokens are stored as SHA-256 hashes; a family is one sign-in session and rotates token by token.
CREATE TABLE refresh_tokens (
    token_hash  TEXT PRIMARY KEY,
    customer_id UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    family_id   UUID        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    rotated_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_customer ON refresh_tokens (customer_id);

-- Token signing keys: the newest active one signs, every unretired one is published in the JWKS.
CREATE TABLE signing_keys (
    kid          TEXT PRIMARY KEY,
    jwk          TEXT        NOT NULL,
    activated_at TIMESTAMPTZ NOT NULL,
    retired_at   TIMESTAMPTZ
);

-- Failed sign-ins, for throttling. account_key is a hash of the lower-cased email, never the email itself.
CREATE TABLE login_failures (
    id             BIGSERIAL PRIMARY KEY,
    account_key    TEXT        NOT NULL,
    client_address TEXT        NOT NULL,
    failed_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account_key, failed_at);
CREATE INDEX login_failures_address ON login_failures (client_address, failed_at);

-- The account deletion saga. Once deleted, the row is the account's tombstone: its id and deletion time only.
CREATE TABLE deletion_sagas (
    customer_id        UUID PRIMARY KEY,
    status             TEXT        NOT NULL CHECK (status IN ('deleting', 'deleted')),
    expected_services  TEXT[]      NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL,
    completed_at       TIMESTAMPTZ,
    stall_reported_at  TIMESTAMPTZ
);

CREATE TABLE deletion_confirmations (
    customer_id  UUID        NOT NULL REFERENCES deletion_sagas (customer_id),
    service      TEXT        NOT NULL,
    confirmed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, service)
);
