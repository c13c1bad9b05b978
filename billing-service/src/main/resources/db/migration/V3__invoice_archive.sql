-- Issued invoices and credit notes are legal records: an erased account's are kept here, detached from it (no
-- customer id, no membership), with the buyer's details as issued, until their retention ends (then purged).
CREATE TABLE invoice_archive (
    id             UUID PRIMARY KEY,
    kind           TEXT          NOT NULL CHECK (kind IN ('invoice', 'credit-note')),
    number         TEXT          NOT NULL UNIQUE,
    issued_at      TIMESTAMPTZ   NOT NULL,
    status         TEXT,
    currency       CHAR(3)       NOT NULL,
    total          NUMERIC(19,4) NOT NULL,
    buyer          TEXT,
    lines          TEXT,
    refers_to      TEXT,
    reason         TEXT,
    archived_at    TIMESTAMPTZ   NOT NULL,
    purge_after    DATE          NOT NULL
);
CREATE INDEX invoice_archive_purge ON invoice_archive (purge_after);
