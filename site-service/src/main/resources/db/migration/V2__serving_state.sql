-- Whether each membership's site is served, from membership-service's status events (SPEC "Standing"): its status
-- and the end of the period it paid for (or trials), in the order the events happened.
CREATE TABLE membership_standing (
    membership_id UUID PRIMARY KEY,
    customer_id   UUID        NOT NULL,
    status        TEXT        NOT NULL,
    paid_through  DATE,
    updated_at    TIMESTAMPTZ NOT NULL
);
