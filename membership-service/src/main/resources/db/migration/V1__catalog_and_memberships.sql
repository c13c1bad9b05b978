CREATE TABLE products (
    id              UUID PRIMARY KEY,
    type            TEXT          NOT NULL CHECK (type IN ('plan', 'package', 'service')),
    name            TEXT          NOT NULL,
    slug            TEXT          NOT NULL UNIQUE,
    description     TEXT          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    price           NUMERIC(19,4) NOT NULL CHECK (price >= 0),
    setup_fee       NUMERIC(19,4) NOT NULL CHECK (setup_fee >= 0),
    period_duration INT           NOT NULL,
    period_unit     TEXT          NOT NULL,
    billing_cycles  INT           NOT NULL CHECK (billing_cycles >= 0),
    product_group   TEXT,
    active          BOOLEAN       NOT NULL,
    add_on_ids      UUID[]        NOT NULL,
    limits          TEXT          NOT NULL,
    template_mode   TEXT          NOT NULL,
    templates       TEXT          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);

CREATE TABLE memberships (
    id                  UUID PRIMARY KEY,
    reference           CHAR(10)      NOT NULL UNIQUE,
    customer_id         UUID          NOT NULL,
    plan_id             UUID          NOT NULL REFERENCES products (id),
    add_ons             TEXT          NOT NULL,
    status              TEXT          NOT NULL,
    currency            CHAR(3)       NOT NULL,
    initial_amount      NUMERIC(19,4) NOT NULL,
    recurring_amount    NUMERIC(19,4) NOT NULL,
    period_duration     INT           NOT NULL,
    period_unit         TEXT          NOT NULL,
    billing_cycles      INT           NOT NULL,
    times_billed        INT           NOT NULL,
    auto_renew          BOOLEAN       NOT NULL,
    coupon              TEXT,
    created_at          TIMESTAMPTZ   NOT NULL,
    activated_at        TIMESTAMPTZ,
    period_start        DATE          NOT NULL,
    expires_on          DATE,
    cancelled_at        TIMESTAMPTZ,
    cancellation_reason TEXT,
    scheduled_change    TEXT,
    -- The period end whose renewal invoice was asked for and is not paid yet.
    renewal_pending_for DATE
);
CREATE INDEX memberships_customer ON memberships (customer_id);
CREATE INDEX memberships_expiring ON memberships (expires_on) WHERE expires_on IS NOT NULL;

-- Projection of the sites' usage (site-service) and custom domains (domain-service), per site.
CREATE TABLE site_usage (
    site_id           UUID PRIMARY KEY,
    membership_id     UUID        NOT NULL,
    disk_mb           BIGINT      NOT NULL DEFAULT 0,
    posts             BIGINT      NOT NULL DEFAULT 0,
    pages             BIGINT      NOT NULL DEFAULT 0,
    users             BIGINT      NOT NULL DEFAULT 0,
    visits_this_month BIGINT      NOT NULL DEFAULT 0,
    custom_domains    INT         NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX site_usage_membership ON site_usage (membership_id);
