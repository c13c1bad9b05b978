-- The network's coupons (issue 20): an admin adds them, deactivates them, and gives one by its code with a
-- membership, which keeps a copy of it (memberships.coupon) whatever becomes of the catalog's.
CREATE TABLE coupons (
    code       TEXT          PRIMARY KEY CHECK (code ~ '^[A-Z0-9_-]{3,40}$'),
    kind       TEXT          NOT NULL CHECK (kind IN ('percent', 'amount')),
    value      NUMERIC(19,4) NOT NULL CHECK (value > 0),
    -- An amount coupon's currency; a percentage has none.
    currency   CHAR(3)       CHECK ((kind = 'amount') = (currency IS NOT NULL)),
    duration   TEXT          NOT NULL CHECK (duration IN ('once', 'repeating', 'forever')),
    -- How many cycles a repeating coupon lasts; 0 for the others.
    cycles     INT           NOT NULL CHECK (cycles >= 0),
    active     BOOLEAN       NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    updated_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX coupons_newest ON coupons (created_at DESC);
