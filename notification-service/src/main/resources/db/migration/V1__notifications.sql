-- Where and how to write to each customer: a projection of identity's CustomerRegistered / EmailChanged.
CREATE TABLE recipients (
    customer_id   UUID PRIMARY KEY,
    email         TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    language      TEXT        NOT NULL DEFAULT 'en',
    -- The address a requested email change waits on, and that request's id (EmailChangeRequested).
    pending_email TEXT,
    pending_request UUID,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- What is sent, to be sent, or given up: the sent-messages log and the delivery queue in one.
CREATE TABLE messages (
    -- Named from the event and the kind of mail, so a redelivered event makes no second message.
    id              UUID PRIMARY KEY,
    -- Null for a farewell kept past the customer's erasure until it is sent (then deleted).
    customer_id     UUID,
    kind            TEXT        NOT NULL,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    text_body       TEXT        NOT NULL,
    html_body       TEXT        NOT NULL,
    -- RFC 5322 Message-ID, from the event's id.
    message_id      TEXT        NOT NULL,
    -- A verification link is minted when the mail leaves, so no usable token is ever stored: its purpose and
    -- email change, if the body carries one.
    link_purpose    TEXT,
    link_request    UUID,
    status          TEXT        NOT NULL CHECK (status IN ('pending', 'sent', 'parked')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX messages_due ON messages (next_attempt_at) WHERE status = 'pending';
CREATE INDEX messages_customer ON messages (customer_id, kind, created_at);
CREATE INDEX messages_sent ON messages (sent_at) WHERE status = 'sent';

-- Verification links: only the SHA-256 of each token, single use, 24 hours.
CREATE TABLE verification_tokens (
    token_hash  TEXT PRIMARY KEY,
    customer_id UUID        NOT NULL,
    purpose     TEXT        NOT NULL CHECK (purpose IN ('registration', 'email-change')),
    request_id  UUID,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX verification_tokens_customer ON verification_tokens (customer_id);

-- Trials to remind before they end (membership's MembershipCreated / MembershipStatusChanged).
CREATE TABLE trials (
    membership_id UUID PRIMARY KEY,
    customer_id   UUID        NOT NULL,
    ends_on       DATE        NOT NULL,
    reminded_at   TIMESTAMPTZ
);
CREATE INDEX trials_due ON trials (ends_on) WHERE reminded_at IS NULL;
CREATE INDEX trials_customer ON trials (customer_id);

-- The network's sender (admin settings); a single row.
CREATE TABLE sender_settings (
    id             BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    sender_name    TEXT        NOT NULL,
    sender_address TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
