CREATE TABLE settings (
    id                   INT PRIMARY KEY CHECK (id = 1),
    mapping_enabled      BOOLEAN NOT NULL,
    instructions         TEXT    NOT NULL,
    network_domain       TEXT    NOT NULL,
    network_ipv4         TEXT,
    network_ipv6         TEXT,
    check_interval_secs  INT     NOT NULL,
    dns_attempts         INT     NOT NULL,
    ssl_attempts         INT     NOT NULL,
    allow_plain_http     BOOLEAN NOT NULL
);

-- Which membership each site belongs to (site-service) and whether it may have custom domains (membership-service).
CREATE TABLE sites (
    site_id       UUID PRIMARY KEY,
    membership_id UUID NOT NULL,
    customer_id   UUID NOT NULL
);
CREATE INDEX sites_membership ON sites (membership_id);
CREATE TABLE membership_entitlements (
    membership_id  UUID PRIMARY KEY,
    customer_id    UUID        NOT NULL,
    custom_domains BOOLEAN     NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE domains (
    id              UUID PRIMARY KEY,
    site_id         UUID        NOT NULL,
    customer_id     UUID        NOT NULL,
    name            TEXT        NOT NULL UNIQUE,
    is_primary      BOOLEAN     NOT NULL,
    stage           TEXT        NOT NULL,
    secure          BOOLEAN     NOT NULL,
    attempts        INT         NOT NULL,
    next_check_at   TIMESTAMPTZ,
    last_check_at   TIMESTAMPTZ,
    found           TEXT,
    resolver        TEXT,
    cert_issuer     TEXT,
    cert_expires_at TIMESTAMPTZ,
    flagged         BOOLEAN     NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX domains_site ON domains (site_id);
CREATE INDEX domains_due ON domains (next_check_at) WHERE next_check_at IS NOT NULL;
-- At most one primary domain per site, whatever the code does (the original product looped redirects).
CREATE UNIQUE INDEX domains_one_primary ON domains (site_id) WHERE is_primary;
