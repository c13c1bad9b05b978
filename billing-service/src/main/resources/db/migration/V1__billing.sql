CREATE TABLE billing_addresses (
    customer_id  UUID PRIMARY KEY,
    company_name TEXT,
    email        TEXT        NOT NULL,
    line1        TEXT        NOT NULL,
    line2        TEXT,
    city         TEXT        NOT NULL,
    region       TEXT,
    postal_code  TEXT,
    country      CHAR(2)     NOT NULL,
    vat_number   TEXT,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- One counter per year: taking a number locks its row until the issuing transaction ends, so numbers are
-- unique and gap-free even when invoices are issued concurrently (a rolled-back issue gives its number back).
CREATE TABLE invoice_counters (
    year        INT PRIMARY KEY,
    last_number BIGINT NOT NULL
);

CREATE TABLE invoices (
    id              UUID PRIMARY KEY,
    number          TEXT          NOT NULL UNIQUE,
    customer_id     UUID          NOT NULL,
    membership_id   UUID,
    purpose         TEXT          NOT NULL,
    source_event_id UUID          NOT NULL UNIQUE,
    status          TEXT          NOT NULL CHECK (status IN ('pending', 'completed', 'refunded',
                                                             'partially-refunded', 'failed', 'cancelled')),
    currency        CHAR(3)       NOT NULL,
    total           NUMERIC(19,4) NOT NULL CHECK (total >= 0),
    issued_at       TIMESTAMPTZ   NOT NULL,
    paid_at         TIMESTAMPTZ,
    address         TEXT,
    lines           TEXT          NOT NULL
);
CREATE INDEX invoices_customer ON invoices (customer_id, issued_at);

-- What a credit larger than a charge left over, used on the customer's next invoice.
CREATE TABLE account_credits (
    customer_id UUID          NOT NULL,
    currency    CHAR(3)       NOT NULL,
    amount      NUMERIC(19,4) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (customer_id, currency)
);

CREATE TABLE payments (
    id         UUID PRIMARY KEY,
    invoice_id UUID          NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    method     TEXT          NOT NULL,
    outcome    TEXT          NOT NULL,
    reason     TEXT,
    amount     NUMERIC(19,4) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);
