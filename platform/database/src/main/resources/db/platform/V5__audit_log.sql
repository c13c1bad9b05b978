-- What network admins changed (issue 20): who, what, when, the record before and after (secrets redacted), and the
-- customer it concerns. Written in the change's own transaction; an erasure unlinks and empties a customer's entries
-- (AdminAudit's Javadoc).
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       UUID,
    action      TEXT        NOT NULL,
    customer_id UUID,
    subject     TEXT        NOT NULL,
    before      JSONB,
    after       JSONB
);
CREATE INDEX audit_log_customer ON audit_log (customer_id, id DESC);
