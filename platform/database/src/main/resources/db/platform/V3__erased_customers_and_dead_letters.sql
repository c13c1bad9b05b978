-- Erased stays erased: every service that erases keeps a tombstone of each erased customer (id and time only),
-- written in the erasure's transaction. Events of an erased customer are then ignored, and their outbox rows go
-- once sent.
CREATE TABLE erased_customers (
    customer_id UUID PRIMARY KEY,
    erased_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX outbox_message_key ON outbox (message_key);

-- Events a handler could not take after its retries (or could not read), parked in the service's own database so
-- that they can be replayed once the cause is fixed, and erased with the customer they concern.
CREATE TABLE dead_letters (
    id            BIGSERIAL PRIMARY KEY,
    topic         TEXT        NOT NULL,
    kafka_partition INT       NOT NULL,
    record_offset BIGINT      NOT NULL,
    message_key   TEXT,
    value         TEXT,
    traceparent   TEXT,
    error         TEXT        NOT NULL,
    parked_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (topic, kafka_partition, record_offset)
);
CREATE INDEX dead_letters_key ON dead_letters (message_key);
