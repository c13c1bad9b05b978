-- Idempotency keys (Stripe's convention): the first answer to a write, kept per customer for 24 hours so that the
-- same key with the same request answers it again instead of acting twice. Written in the effect's transaction.
CREATE TABLE idempotency_keys (
    customer_id   UUID        NOT NULL,
    key           TEXT        NOT NULL,
    fingerprint   TEXT        NOT NULL,
    status        INT,
    content_type  TEXT,
    body          BYTEA,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (customer_id, created_at);
