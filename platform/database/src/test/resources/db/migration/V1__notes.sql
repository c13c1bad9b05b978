CREATE TABLE notes (
    id          UUID PRIMARY KEY,
    customer_id UUID NOT NULL,
    text        TEXT NOT NULL
);

CREATE TABLE applied_events (
    event_id UUID NOT NULL,
    text     TEXT NOT NULL
);
