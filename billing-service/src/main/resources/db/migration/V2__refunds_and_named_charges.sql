-- Refunds are credit notes with gap-free numbers of their own (CN-2026-000001): one counter per series and year.
CREATE TABLE number_counters (
    series      TEXT   NOT NULL,
    year        INT    NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (series, year)
);
INSERT INTO number_counters (series, year, last_number) SELECT 'invoice', year, last_number FROM invoice_counters;
DROP TABLE invoice_counters;

-- What has been refunded of an invoice's payment so far.
ALTER TABLE invoices ADD COLUMN refunded NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (refunded >= 0);
ALTER TABLE invoices ADD CONSTRAINT refunded_at_most_total CHECK (refunded <= total);

CREATE TABLE credit_notes (
    id             UUID PRIMARY KEY,
    number         TEXT          NOT NULL UNIQUE,
    invoice_id     UUID          NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    invoice_number TEXT          NOT NULL,
    customer_id    UUID          NOT NULL,
    currency       CHAR(3)       NOT NULL,
    amount         NUMERIC(19,4) NOT NULL CHECK (amount > 0),
    reason         TEXT          NOT NULL,
    issued_at      TIMESTAMPTZ   NOT NULL,
    address        TEXT
);
CREATE INDEX credit_notes_customer ON credit_notes (customer_id, issued_at);
