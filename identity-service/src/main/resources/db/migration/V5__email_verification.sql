-- When the customer proved their sign-in address theirs (notification-service's AddressVerified); null until then.
-- Accounts made before verification existed count as verified: they were never asked.
ALTER TABLE customers ADD COLUMN email_verified_at TIMESTAMPTZ;
UPDATE customers SET email_verified_at = created_at;

-- An email change waiting for its new address to be verified: at most one a customer, the latest request.
CREATE TABLE email_changes (
    customer_id  UUID PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    request_id   UUID        NOT NULL UNIQUE,
    new_email    TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL
);
